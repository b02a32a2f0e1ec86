import type { ExecutionResult } from 'graphql';
import type { WebSocket } from 'ws';

/** Where a subscription's frames go when they are written straight to its socket (room-broadcast.ts). */
export interface DeliveryTarget {
  socket: WebSocket;
  /** The subscription's id on that socket, as the client chose it. */
  id: string;
  /** A result with errors, formatted for this subscriber (its errors carry the operation's request id). */
  errorPayload: (result: ExecutionResult) => unknown;
}

const targets = new WeakMap<object, DeliveryTarget>();

/** Lets the subscription executed with `contextValue` write its frames to its socket itself. */
export function deliverDirectly(contextValue: object, target: DeliveryTarget): void {
  targets.set(contextValue, target);
}

/** The socket and id of the subscription executed with `contextValue`, when it may write there itself. */
export function deliveryTargetOf(contextValue: unknown): DeliveryTarget | undefined {
  return typeof contextValue === 'object' && contextValue !== null ? targets.get(contextValue) : undefined;
}
