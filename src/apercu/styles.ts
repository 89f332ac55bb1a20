import { makeStyles, tokens } from "@fluentui/react-components";

/** Mise en page de l'aperçu : le classeur simulé à gauche, le volet à droite (380 px). */
export const useStylesPage = makeStyles({
  // Fixée à la fenêtre : un menu ou un dialogue plus haut que l'écran (portail en fin de <body>)
  // fait défiler la fenêtre pour montrer l'élément focalisé ; la page ne doit pas partir avec.
  page: { position: "fixed", inset: 0, display: "flex", overflow: "hidden" },
  zone: { flexGrow: 1, minWidth: 0, display: "flex" },
  classeur: {
    flexGrow: 1,
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  depot: { outline: `${tokens.strokeWidthThickest} dashed ${tokens.colorBrandStroke1}` },
  volet: {
    width: "380px",
    flexShrink: 0,
    overflowY: "auto",
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
});
