import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import type { CompetenceDto } from '@sopr/api-client';
import { Button, Flex, Space, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { ReactNode, useMemo } from 'react';
import { ConfirmAction } from '../../../shared/components/ConfirmAction';
import { EmptyState } from '../../../shared/components/EmptyState';
import { byId, CompetenceNode, groupByArea } from '../lib/competence-tree';

interface Props {
  competences: readonly CompetenceDto[];
  /** Draft editing: add a child, rename, delete (with its subtree). */
  editing?: {
    onAdd: (parent: CompetenceDto) => void;
    onRename: (competence: CompetenceDto) => void;
    onDelete: (competence: CompetenceDto) => void | Promise<void>;
  };
}

/** A framework version as a tree: areas, then competences with their codes. */
export function FrameworkTree({ competences, editing }: Props) {
  const treeData = useMemo<DataNode[]>(() => {
    const toNode = (node: CompetenceNode<CompetenceDto>): DataNode => ({
      key: node.item.id,
      title: <CompetenceTitle competence={node.item} editing={editing} />,
      children: node.children.map(toNode),
    });
    return groupByArea(competences, byId).map((group) => ({
      key: `area:${group.area}`,
      title: <Typography.Text strong>{group.title}</Typography.Text>,
      children: group.roots.map(toNode),
    }));
  }, [competences, editing]);

  if (competences.length === 0) return <EmptyState text="В версии нет компетенций" />;
  // The key remounts the tree when nodes appear, so new ones are expanded too.
  return <Tree key={competences.length} treeData={treeData} defaultExpandAll selectable={false} blockNode showLine data-testid="framework-tree" />;
}

function CompetenceTitle({ competence, editing }: { competence: CompetenceDto; editing: Props['editing'] }): ReactNode {
  return (
    <Flex justify="space-between" align="center" gap={8} data-testid="framework-node" data-code={competence.code}>
      <span>
        {competence.name}{' '}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {competence.code}
        </Typography.Text>
      </span>
      {editing && (
        <Space size={4} onClick={(event) => event.stopPropagation()}>
          <Button size="small" icon={<PlusOutlined />} aria-label="Добавить подчинённую" title="Добавить подчинённую" onClick={() => editing.onAdd(competence)} />
          <Button size="small" icon={<EditOutlined />} aria-label="Переименовать" title="Переименовать" onClick={() => editing.onRename(competence)} data-testid="competence-rename" />
          <ConfirmAction
            label="Удалить"
            icon={<DeleteOutlined />}
            question="Удалить компетенцию?"
            description="Подчинённые компетенции удалятся вместе с ней."
            okText="Удалить"
            danger
            onConfirm={() => editing.onDelete(competence)}
          />
        </Space>
      )}
    </Flex>
  );
}
