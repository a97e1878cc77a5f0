import "server-only";

/** Unit kinds an administrator creates, and which may contain which. */
export const UNIT_KINDS = ["PROVINCE", "DISTRICT", "COMMUNE", "WARD", "TOWNSHIP", "DEPARTMENT", "ONE_STOP_CENTRE", "VILLAGE", "RESIDENTIAL_GROUP"] as const;
type UnitKindValue = (typeof UNIT_KINDS)[number];

/** Villages and residential groups are leaves; a province is a root. */
export const LEAF_KINDS: readonly UnitKindValue[] = ["VILLAGE", "RESIDENTIAL_GROUP"];

/** Kinds a citizen picks and that handle dossiers (the catalogue is theirs). */
export const SERVICE_KINDS: readonly UnitKindValue[] = ["COMMUNE", "WARD", "TOWNSHIP"];
