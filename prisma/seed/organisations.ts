import { buurtteams } from "./buurtteams";
import { formalOrganisations } from "./organisations-formal";
import { informalOrganisations } from "./organisations-informal";
import type { SeedOrganisation } from "./types";

// All partners on the map: the formal chain (gemeente, U Centraal, specialists), the buurtteams
// (spoor 2) and the informal sociale basis (spoor 1).
export const organisations: SeedOrganisation[] = [...formalOrganisations, ...buurtteams, ...informalOrganisations];
