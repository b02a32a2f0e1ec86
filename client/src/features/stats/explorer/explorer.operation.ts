import { Kind, parse } from 'graphql';

/**
 * The operation name to send with a query typed in the explorer. The editor keeps the name of the
 * operation it ran last; once the text is edited that operation may be gone ("Unknown operation
 * named ComplianceByPlatform"). So the name goes only when the document defines it; otherwise the
 * single operation's name, or the first one's when there are several; nothing for an anonymous
 * operation or a text that does not parse (the server then says what is wrong with it).
 */
export function operationToSend(query: string, operationName: string | null | undefined): string | undefined {
  let names: (string | undefined)[];
  try {
    names = parse(query, { noLocation: true })
      .definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION)
      .map((d) => d.name?.value);
  } catch {
    return undefined;
  }
  if (operationName && names.includes(operationName)) return operationName;
  return names[0];
}
