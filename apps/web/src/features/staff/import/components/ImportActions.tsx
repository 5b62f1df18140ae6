import { Flex } from 'antd';
import { ReactNode } from 'react';

/** The row of buttons under an import's state (apply, discard, start again). */
export function ImportActions({ children }: { children: ReactNode }) {
  return (
    <Flex gap={8} wrap style={{ marginTop: 16 }}>
      {children}
    </Flex>
  );
}
