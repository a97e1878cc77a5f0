/** The demo data, transcribed from the five plans in shared/seeds and the law. */
export { units, longXuyenWardKeys, anDungVillageKeys, phoNhonVillageKeys, phuocLongDepartmentKeys, phuocLongWardKeys } from "./units";
export { procedures, districtCivilStatusProcedureKeys } from "./procedures";
export { calendarEntries } from "./holidays";
export { plans } from "./plans";
