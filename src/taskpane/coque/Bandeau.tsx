import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { TEXTES_COQUE } from "./textes";

/**
 * Où tourne le volet : dans Excel ; hors d'Excel (navigateur, `Office.onReady` sans hôte) ;
 * office.js absent ou muet ; aperçu navigateur sur l'hôte simulé.
 */
export type SituationHote = "excel" | "hors-excel" | "office-indisponible" | "apercu";

const BANDEAUX = {
  "hors-excel": { intent: "warning", ...TEXTES_COQUE.horsExcel },
  "office-indisponible": { intent: "error", ...TEXTES_COQUE.officeIndisponible },
  apercu: { intent: "info", ...TEXTES_COQUE.apercu },
} as const;

/** Bandeau qui dit où tourne le volet ; rien dans Excel. */
export function Bandeau({ situation }: { readonly situation: SituationHote }) {
  if (situation === "excel") return null;
  const b = BANDEAUX[situation];
  return (
    <MessageBar intent={b.intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{b.titre}</MessageBarTitle>
        {b.corps}
      </MessageBarBody>
    </MessageBar>
  );
}
