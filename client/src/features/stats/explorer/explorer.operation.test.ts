import { describe, expect, it } from 'vitest';
import { operationToSend } from './explorer.operation';

const ONE = 'query ComplianceByPlatform { stats { total { value } } }';
const RENAMED = 'query MyCompliance { stats { total { value } } }';
const TWO = 'query First { a } query Second { b }';

describe('operationToSend', () => {
  it.each([
    ['keeps the name the document defines', ONE, 'ComplianceByPlatform', 'ComplianceByPlatform'],
    ['takes the new name after the operation was renamed', RENAMED, 'ComplianceByPlatform', 'MyCompliance'],
    ['takes the single operation when none was chosen', ONE, undefined, 'ComplianceByPlatform'],
    ['sends no name for an anonymous operation that replaced a named one', '{ stats { total { value } } }', 'ComplianceByPlatform', undefined],
    ['keeps the chosen one of several', TWO, 'Second', 'Second'],
    ['takes the first of several when the chosen one is gone', TWO, 'ComplianceByPlatform', 'First'],
    ['takes the first of several when none was chosen', TWO, null, 'First'],
    ['sends no name for a text that does not parse', 'query Broken {', 'Broken', undefined],
    ['ignores fragments', 'fragment F on Stats { total { value } } query Q { stats { ...F } }', 'F', 'Q'],
  ])('%s', (_, query, chosen, sent) => {
    expect(operationToSend(query, chosen)).toBe(sent);
  });
});
