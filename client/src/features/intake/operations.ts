import { graphql } from '../../gql';
import type { PlatformsQuery } from '../../gql/graphql';
export type { IntakeChecklistInput, RegisterApplicationInput } from '../../gql/graphql';

export type Platform = PlatformsQuery['platforms'][number];

/** `input.idempotencyKey` is made once per submitted application; the same when the same form is sent again (see RequestKeys). */
export const REGISTER_APPLICATION = graphql(`
  mutation RegisterApplication($input: RegisterApplicationInput!) {
    registerApplication(input: $input) {
      id
      number
    }
  }
`);

/** The screening checklist the server computes for an application being typed: the rule registerApplication applies. */
export const INTAKE_CHECKLIST = graphql(`
  query IntakeChecklist($input: IntakeChecklistInput!) {
    intakeChecklist(input: $input) {
      met
      failing
    }
  }
`);

export const PLATFORMS = graphql(`
  query Platforms {
    platforms {
      id
      name
      hosts
    }
  }
`);
