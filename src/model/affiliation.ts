import { z } from "zod";
import { ref } from "../core/reference.js";
import { distinctParties, linkShape } from "./link.js";

/**
 * A directorship: a person or organisation (`director`) sits on the board or runs an `organization`, with
 * the `role` as the source words it ("director", "chairman of the board") and the period.
 *
 * Its fields and what each means: [Record kinds, field by field](../../docs/records.md#directorship).
 *
 * @category Links
 * @example
 * ```ts
 * import { DirectorshipSchema } from "bilateral";
 * DirectorshipSchema.parse({
 *   id: "directorship:a-shipping",
 *   kind: "directorship",
 *   director: "person:a",
 *   organization: "org:shipping",
 *   role: "managing director",
 *   period: { start: "2020" },
 * });
 * ```
 */
export const DirectorshipSchema = z
  .strictObject({
    ...linkShape("directorship"),
    /** The person or organisation that directs or sits on the board of the organisation. */
    director: ref("person", "organization").meta({
      description: "The person or organisation that directs or sits on the board of the organisation.",
    }),
    /** The organisation directed. */
    organization: ref("organization").meta({ description: "The organisation directed." }),
    /** The role as the source words it ("director", "chairman of the board"). */
    role: z
      .string()
      .min(1)
      .optional()
      .meta({ description: 'The role as the source words it ("director", "chairman of the board").' }),
  })
  .check(distinctParties("director", "organization"));

/**
 * A directorship record (see {@link DirectorshipSchema}).
 *
 * @category Links
 * @example
 * ```ts
 * import type { Directorship } from "bilateral";
 * const seat: Directorship = { id: "directorship:x", kind: "directorship", director: "person:a", organization: "org:b" };
 * ```
 */
export interface Directorship extends z.output<typeof DirectorshipSchema> {}

/**
 * A directorship record as written, before parsing.
 *
 * @category Links
 * @example
 * ```ts
 * import type { DirectorshipInput } from "bilateral";
 * const seat: DirectorshipInput = { id: "directorship:y", kind: "directorship", director: "person:a", organization: "org:b", role: "chair" };
 * ```
 */
export interface DirectorshipInput extends z.input<typeof DirectorshipSchema> {}

/**
 * An employment: a person (`employee`) works for an organisation or a person (`employer`), in a `role` as
 * the source words it, over a period.
 *
 * Its fields and what each means: [Record kinds, field by field](../../docs/records.md#employment).
 *
 * @category Links
 * @example
 * ```ts
 * import { EmploymentSchema } from "bilateral";
 * EmploymentSchema.parse({
 *   id: "employment:b-shipping",
 *   kind: "employment",
 *   employee: "person:b",
 *   employer: "org:shipping",
 *   role: "accountant",
 * });
 * ```
 */
export const EmploymentSchema = z
  .strictObject({
    ...linkShape("employment"),
    /** The person employed. */
    employee: ref("person").meta({ description: "The person employed." }),
    /** The organisation or person the employee works for. */
    employer: ref("organization", "person").meta({
      description: "The organisation or person the employee works for.",
    }),
    /** The job as the source words it ("accountant", "driver"). */
    role: z
      .string()
      .min(1)
      .optional()
      .meta({ description: 'The job as the source words it ("accountant", "driver").' }),
  })
  .check(distinctParties("employee", "employer"));

/**
 * An employment record (see {@link EmploymentSchema}).
 *
 * @category Links
 * @example
 * ```ts
 * import type { Employment } from "bilateral";
 * const job: Employment = { id: "employment:x", kind: "employment", employee: "person:a", employer: "org:b" };
 * ```
 */
export interface Employment extends z.output<typeof EmploymentSchema> {}

/**
 * An employment record as written, before parsing.
 *
 * @category Links
 * @example
 * ```ts
 * import type { EmploymentInput } from "bilateral";
 * const job: EmploymentInput = { id: "employment:y", kind: "employment", employee: "person:a", employer: "org:b", role: "driver" };
 * ```
 */
export interface EmploymentInput extends z.input<typeof EmploymentSchema> {}

/**
 * A membership: a person, organisation or country (`member`) belongs to an `organization` (a party, an
 * association, an alliance), in a `role` when the source gives one, over a period.
 *
 * Its fields and what each means: [Record kinds, field by field](../../docs/records.md#membership).
 *
 * @category Links
 * @example
 * ```ts
 * import { MembershipSchema } from "bilateral";
 * MembershipSchema.parse({
 *   id: "membership:a-chamber",
 *   kind: "membership",
 *   member: "person:a",
 *   organization: "org:chamber-of-commerce",
 *   role: "board member",
 * });
 * ```
 */
export const MembershipSchema = z
  .strictObject({
    ...linkShape("membership"),
    /** The person, organisation or country that is a member. */
    member: ref("person", "organization", "country").meta({
      description: "The person, organisation or country that is a member.",
    }),
    /** The organisation belonged to: a party, an association, an alliance. */
    organization: ref("organization").meta({
      description: "The organisation belonged to: a party, an association, an alliance.",
    }),
    /** The member's role as the source words it ("board member"), when it gives one. */
    role: z.string().min(1).optional().meta({
      description: 'The member\'s role as the source words it ("board member"), when it gives one.',
    }),
  })
  .check(distinctParties("member", "organization"));

/**
 * A membership record (see {@link MembershipSchema}).
 *
 * @category Links
 * @example
 * ```ts
 * import type { Membership } from "bilateral";
 * const member: Membership = { id: "membership:x", kind: "membership", member: "person:a", organization: "org:party" };
 * ```
 */
export interface Membership extends z.output<typeof MembershipSchema> {}

/**
 * A membership record as written, before parsing.
 *
 * @category Links
 * @example
 * ```ts
 * import type { MembershipInput } from "bilateral";
 * const member: MembershipInput = { id: "membership:y", kind: "membership", member: "country:PAK", organization: "org:sco" };
 * ```
 */
export interface MembershipInput extends z.input<typeof MembershipSchema> {}

/**
 * A representation: a person or organisation (`agent`) acts for another party (`client`): a lawyer, a
 * registered agent, a nominee. The `role` as the source words it, and the period.
 *
 * Its fields and what each means: [Record kinds, field by field](../../docs/records.md#representation).
 *
 * @category Links
 * @example
 * ```ts
 * import { RepresentationSchema } from "bilateral";
 * RepresentationSchema.parse({
 *   id: "representation:agent-shipping",
 *   kind: "representation",
 *   agent: "org:registered-agent",
 *   client: "org:shipping",
 *   role: "registered agent",
 * });
 * ```
 */
export const RepresentationSchema = z
  .strictObject({
    ...linkShape("representation"),
    /** The person or organisation acting for the client: a lawyer, a registered agent, a nominee. */
    agent: ref("person", "organization").meta({
      description:
        "The person or organisation acting for the client: a lawyer, a registered agent, a nominee.",
    }),
    /** The person, organisation or country represented. */
    client: ref("person", "organization", "country").meta({
      description: "The person, organisation or country represented.",
    }),
    /** The agent's role as the source words it ("registered agent"). */
    role: z
      .string()
      .min(1)
      .optional()
      .meta({ description: 'The agent\'s role as the source words it ("registered agent").' }),
  })
  .check(distinctParties("agent", "client"));

/**
 * A representation record (see {@link RepresentationSchema}).
 *
 * @category Links
 * @example
 * ```ts
 * import type { Representation } from "bilateral";
 * const counsel: Representation = { id: "representation:x", kind: "representation", agent: "person:a", client: "org:b" };
 * ```
 */
export interface Representation extends z.output<typeof RepresentationSchema> {}

/**
 * A representation record as written, before parsing.
 *
 * @category Links
 * @example
 * ```ts
 * import type { RepresentationInput } from "bilateral";
 * const counsel: RepresentationInput = { id: "representation:y", kind: "representation", agent: "person:a", client: "org:b" };
 * ```
 */
export interface RepresentationInput extends z.input<typeof RepresentationSchema> {}
