import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { ChevronDownRegular, ChevronRightRegular } from "@fluentui/react-icons";
import { useId, useState, type ReactNode } from "react";

const useStyles = makeStyles({
  contenu: {
    paddingLeft: tokens.spacingHorizontalL,
    paddingBottom: tokens.spacingVerticalS,
    color: tokens.colorNeutralForeground1,
  },
});

export interface ProprietesDivulgation {
  readonly libelle: string;
  readonly children: ReactNode;
}

/** Bouton « Pourquoi ? » / « Comment est-ce calculé ? » qui déplie un texte (aria-expanded). */
export function Divulgation({ libelle, children }: ProprietesDivulgation) {
  const s = useStyles();
  const id = useId();
  const [ouvert, setOuvert] = useState(false);
  return (
    <div>
      <Button
        appearance="subtle"
        size="small"
        icon={ouvert ? <ChevronDownRegular /> : <ChevronRightRegular />}
        aria-expanded={ouvert}
        aria-controls={id}
        onClick={() => setOuvert(!ouvert)}
      >
        {libelle}
      </Button>
      <div id={id} hidden={!ouvert} className={s.contenu}>
        {ouvert ? children : null}
      </div>
    </div>
  );
}
