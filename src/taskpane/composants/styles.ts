import { tokens, type GriffelStyle } from "@fluentui/react-components";

/** Styles communs aux vues du volet (à étaler dans leurs `makeStyles`). */

/** Titre d'une vue (niveau 2 : le `h1` est celui de la coque). */
export const TITRE_VUE: GriffelStyle = {
  margin: 0,
  fontSize: tokens.fontSizeBase400,
  fontWeight: tokens.fontWeightSemibold,
};

/** Colonne de blocs espacés verticalement. */
export const colonne = (rowGap: string): GriffelStyle => ({
  display: "flex",
  flexDirection: "column",
  rowGap,
});
