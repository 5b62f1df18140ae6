import { Button, Flex, Input } from 'antd';
import { ReactNode, useEffect, useState } from 'react';

interface ListToolbarProps {
  search?: string;
  onSearch?: (q: string) => void;
  searchPlaceholder?: string;
  /** Filter controls. */
  children?: ReactNode;
  onReset?: () => void;
}

/** Search box, filters and «Сбросить» above a table. */
export function ListToolbar({ search, onSearch, searchPlaceholder = 'Поиск', children, onReset }: ListToolbarProps) {
  const [text, setText] = useState(search ?? '');
  useEffect(() => setText(search ?? ''), [search]);
  return (
    <Flex wrap gap={8} className="sopr-table-toolbar" data-testid="list-toolbar">
      {onSearch && (
        <Input.Search
          value={text}
          onChange={(event) => setText(event.target.value)}
          onSearch={(value) => onSearch(value)}
          placeholder={searchPlaceholder}
          allowClear
          style={{ width: 280 }}
          data-testid="list-search"
        />
      )}
      {children}
      {onReset && <Button onClick={onReset}>Сбросить</Button>}
    </Flex>
  );
}
