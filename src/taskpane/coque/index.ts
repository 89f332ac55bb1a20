export { Coque, type ProprietesCoque } from "./Coque";
export { Bandeau, type SituationHote } from "./Bandeau";
export { ErrorBoundary } from "./ErrorBoundary";
export { TEXTES_COQUE } from "./textes";
export { themeOffice, themePourFond } from "./theme";
export { detecterHote, dansUnHoteOffice, type HoteDetecte } from "./detecter-hote";
export { Squelette } from "./Squelette";
