// The event contract in the schema: CaseEventKind is the registry's kinds, one to one, and the
// typed payloads (CaseEvent.details) cover every kind of a case, with their free texts masked as the
// payload's are. (That each type matches its payload is checked by the compiler: DetailsMatchRegistry.)
import { getNamedType, isEnumType, isObjectType, isUnionType, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSchema } from '../../app/schema.js';
import { FREE_TEXT_PAYLOAD_KEYS } from '../../modules/cases/retention.rules.js';
import { EVENT_DETAILS_FREE_TEXT, FREE_TEXT_FIELDS, NOT_FREE_TEXT_FIELDS } from '../../modules/cases/text.policy.js';
import { DETAILS_TYPES, detailsOf } from './event-details.js';
import { CaseEventKind, kindOfWireName, wireName } from './event-kind.enum.js';
import { EVENT_KINDS, kindsWhere, type EventKind } from './event-kinds.js';

const KINDS = Object.keys(EVENT_KINDS) as EventKind[];
let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await createSchema();
});

describe('CaseEventKind', () => {
  it('has exactly one value per kind of the registry, and no other', () => {
    const enumType = schema.getType('CaseEventKind');
    if (!isEnumType(enumType)) throw new Error('CaseEventKind is not an enum');
    expect(enumType.getValues().map((v) => v.value).sort()).toEqual([...KINDS].sort());
    expect(enumType.getValues().map((v) => v.name).sort()).toEqual(KINDS.map(wireName).sort());
  });

  it('maps wire names and kinds one to one', () => {
    const names = KINDS.map(wireName);
    expect(new Set(names).size).toBe(KINDS.length);
    for (const name of names) expect(name).toMatch(/^[A-Z][A-Z0-9_]*$/);
    for (const kind of KINDS) expect(kindOfWireName(wireName(kind))).toBe(kind);
    expect(Object.entries(CaseEventKind).every(([name, kind]) => wireName(kind) === name)).toBe(true);
    expect(kindOfWireName('comment.added')).toBeUndefined();
    expect(kindOfWireName('toString')).toBeUndefined();
  });

  it.each([
    ['comment.added', 'COMMENT_ADDED'],
    ['case.status_changed', 'CASE_STATUS_CHANGED'],
    ['case.extension_notice_recorded', 'CASE_EXTENSION_NOTICE_RECORDED'],
    ['pii.viewed', 'PII_VIEWED'],
  ] as const)('serializes %s as %s', (kind, name) => {
    const enumType = schema.getType('CaseEventKind');
    if (!isEnumType(enumType)) throw new Error('CaseEventKind is not an enum');
    expect(wireName(kind)).toBe(name);
    expect(enumType.serialize(kind)).toBe(name);
    expect(enumType.parseValue(name)).toBe(kind);
  });

  it('types every field of the schema that holds an event kind', () => {
    const kindFields = ['CaseEvent.kind', 'AuditEntry.kind', 'AccountAuditEntry.kind'];
    for (const coordinate of kindFields) {
      const [type, field] = coordinate.split('.');
      const object = schema.getType(type);
      if (!isObjectType(object)) throw new Error(`${type} is not an object type`);
      expect(getNamedType(object.getFields()[field].type).name, coordinate).toBe('CaseEventKind');
    }
  });
});

describe('CaseEvent.details', () => {
  it('has a type for every kind of a case, and the union holds each of them', () => {
    expect(Object.keys(DETAILS_TYPES).sort()).toEqual(kindsWhere((k) => k.scope === 'case').sort());
    const union = schema.getType('CaseEventDetails');
    if (!isUnionType(union)) throw new Error('CaseEventDetails is not a union');
    expect(union.getTypes().map((t) => t.name).sort()).toEqual([...new Set(Object.values(DETAILS_TYPES).map((t) => t.name))].sort());
  });

  it('is the payload as its kind\'s type; none for a kind without a case', () => {
    const details = detailsOf('case.deadline_extended', { reason: 'r', from: 'a', to: 'b', applicantNoticeDueAt: 'c' });
    expect(details?.constructor.name).toBe('DeadlineExtendedDetails');
    expect(details).toMatchObject({ reason: 'r', to: 'b' });
    expect(detailsOf('decision.reasoning_set', { decisionId: 'd' })?.constructor.name).toBe('DecisionChangedDetails');
    expect(detailsOf('settings.changed', { changed: ['x'] })).toBeNull();
  });

  it('classifies its free texts so that erasure masks them and roles without identity get them redacted', () => {
    for (const coordinate of EVENT_DETAILS_FREE_TEXT) {
      expect(FREE_TEXT_FIELDS.has(coordinate)).toBe(true);
      expect(FREE_TEXT_PAYLOAD_KEYS.has(coordinate.split('.')[1]), `${coordinate}: erasure masks the payload's key`).toBe(true);
    }
    // A field under a key erasure masks is either free text or a code (voting.closed's reason) on purpose.
    const union = schema.getType('CaseEventDetails');
    if (!isUnionType(union)) throw new Error('CaseEventDetails is not a union');
    const masked = union.getTypes().flatMap((t) => Object.keys(t.getFields()).filter((f) => FREE_TEXT_PAYLOAD_KEYS.has(f)).map((f) => `${t.name}.${f}`));
    expect(masked.filter((c) => !EVENT_DETAILS_FREE_TEXT.has(c))).toEqual(['VotingClosedDetails.reason']);
    expect(NOT_FREE_TEXT_FIELDS.has('VotingClosedDetails.reason')).toBe(true);
  });
});
