import { Button, Result, Typography } from 'antd';
import { Component, ErrorInfo, ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** Changing it clears a caught error (e.g. the current path: navigating away recovers). */
  resetKey?: string;
}

interface State {
  error: Error | null;
}

/** Catches render errors so one broken page never blanks the whole app. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Render error', error, info.componentStack);
  }

  override componentDidUpdate(previous: Props): void {
    if (this.state.error && previous.resetKey !== this.props.resetKey) this.setState({ error: null });
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <Result
        status="error"
        title={
          <Typography.Title level={3} data-testid="page-title">
            Что-то пошло не так
          </Typography.Title>
        }
        subTitle="При отображении страницы произошла ошибка. Обновите страницу; если ошибка повторится, сообщите администратору."
        extra={[
          <Button key="retry" type="primary" onClick={() => this.setState({ error: null })}>
            Попробовать снова
          </Button>,
          <Button key="reload" onClick={() => window.location.reload()}>
            Обновить страницу
          </Button>,
        ]}
      />
    );
  }
}
