import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useEffect, useId, useRef, type KeyboardEvent } from "react";
import { ETAPES_VISITE } from "./etapes";
import { TF } from "./textes";

const useStyles = makeStyles({
  cadre: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground2,
  },
  entete: { display: "flex", justifyContent: "space-between", alignItems: "flex-start" },
  titre: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  aide: { color: tokens.colorNeutralForeground2 },
});

export interface ProprietesVisite {
  readonly etape: number;
  readonly onEtape: (n: number) => void;
  readonly onFermer: () => void;
}

/**
 * Visite guidée, non modale : un encadré en tête du volet, la vue décrite affichée dessous. Le
 * focus va au titre de chaque étape (annoncé par les lecteurs d'écran) ; Échap quitte la visite.
 */
export function Visite({ etape, onEtape, onFermer }: ProprietesVisite) {
  const s = useStyles();
  const idTitre = useId();
  const idTexte = useId();
  const titre = useRef<HTMLHeadingElement>(null);
  const e = ETAPES_VISITE[etape];
  const total = ETAPES_VISITE.length;
  useEffect(() => titre.current?.focus(), [etape]);
  if (!e) return null;
  const touche = (ev: KeyboardEvent<HTMLElement>) => {
    if (ev.key !== "Escape") return;
    ev.preventDefault();
    onFermer();
  };
  const derniere = etape === total - 1;
  return (
    <section
      className={s.cadre}
      role="region"
      aria-labelledby={idTitre}
      aria-describedby={idTexte}
      onKeyDown={touche}
    >
      <div className={s.entete}>
        <h2 id={idTitre} ref={titre} tabIndex={-1} className={s.titre}>
          {TF.visiteTitre(etape + 1, total, e.titre)}
        </h2>
        <Button
          appearance="subtle"
          size="small"
          icon={<DismissRegular />}
          aria-label={TF.passer}
          title={TF.passer}
          onClick={onFermer}
        />
      </div>
      <Text id={idTexte} as="p" size={300}>
        {e.texte}
      </Text>
      <div className={s.actions}>
        <Button disabled={etape === 0} onClick={() => onEtape(etape - 1)}>
          {TF.precedent}
        </Button>
        <Button appearance="primary" onClick={() => (derniere ? onFermer() : onEtape(etape + 1))}>
          {derniere ? TF.terminer : TF.suivant}
        </Button>
        <Button appearance="subtle" onClick={onFermer}>
          {TF.passer}
        </Button>
      </div>
      <Text size={200} className={s.aide}>
        {TF.clavier}
      </Text>
    </section>
  );
}
