import {
  Badge,
  Button,
  Checkbox,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowSyncRegular } from "@fluentui/react-icons";
import { useMemo, useState } from "react";
import type { Gravite } from "../../domain/controles/types";
import type { AnalyseClasseur } from "../../use-cases/analyser";
import { constatsCorriges, constatsParOnglet, GRAVITES } from "../../use-cases/vue-controles";
import { useAnalyse } from "../etat/session";
import { T } from "../textes";
import { CarteConstat, COULEUR_GRAVITE } from "./CarteConstat";
import { colonne, TITRE_VUE } from "../composants/styles";

const useStyles = makeStyles({
  racine: colonne(tokens.spacingVerticalM),
  titre: TITRE_VUE,
  onglet: {
    margin: `${tokens.spacingVerticalM} 0 0 0`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  gravite: {
    margin: `${tokens.spacingVerticalS} 0 0 0`,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
  },
  resume: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  filtre: { border: "none", margin: 0, padding: 0, display: "flex", flexWrap: "wrap" },
  legende: { padding: 0, fontWeight: tokens.fontWeightSemibold },
  liste: { listStyleType: "none", margin: 0, padding: 0 },
  bouton: { alignSelf: "flex-start" },
});

const CLE_RESUME: Readonly<Record<Gravite, "erreurs" | "alertes" | "infos">> = {
  erreur: "erreurs",
  alerte: "alertes",
  info: "infos",
};

/** Nombre de constats corrigés entre deux analyses successives (affiché jusqu'à la suivante). */
function useCorriges(analyse: AnalyseClasseur): number {
  const [suivi, setSuivi] = useState({ analyse, corriges: 0 });
  if (suivi.analyse === analyse) return suivi.corriges;
  const corriges = constatsCorriges(suivi.analyse.constats, analyse.constats);
  setSuivi({ analyse, corriges });
  return corriges;
}

/** Contrôles : constats par onglet et gravité, pourquoi, comment corriger, aller à la cellule. */
export function Controles() {
  const s = useStyles();
  const { session, etat, analyse } = useAnalyse();
  const [filtre, setFiltre] = useState<ReadonlySet<Gravite>>(new Set(GRAVITES));
  const groupes = useMemo(() => constatsParOnglet(analyse, filtre), [analyse, filtre]);
  const corriges = useCorriges(analyse);
  const basculer = (g: Gravite, coche: boolean) => {
    const f = new Set(filtre);
    if (coche) f.add(g);
    else f.delete(g);
    setFiltre(f);
  };
  return (
    <div className={s.racine}>
      <h2 className={s.titre}>{T.controles.titre}</h2>
      <ul className={s.resume} aria-label={T.controles.resume}>
        {GRAVITES.map((g) => (
          <li key={g}>
            <Badge color={COULEUR_GRAVITE[g]} appearance="filled">
              {T.controles.gravite[g]} : {analyse.resume[CLE_RESUME[g]]}
            </Badge>
          </li>
        ))}
      </ul>
      <Button
        className={s.bouton}
        icon={<ArrowSyncRegular />}
        disabledFocusable={etat.action !== null}
        onClick={() => void session.charger()}
      >
        {T.controles.relancer}
      </Button>
      <fieldset className={s.filtre}>
        <legend className={s.legende}>{T.controles.filtre}</legend>
        {GRAVITES.map((g) => (
          <Checkbox
            key={g}
            label={`${T.controles.gravite[g]} (${analyse.resume[CLE_RESUME[g]]})`}
            checked={filtre.has(g)}
            onChange={(_, d) => basculer(g, d.checked === true)}
          />
        ))}
      </fieldset>
      {corriges > 0 ? (
        <MessageBar intent="success">
          <MessageBarBody>{T.controles.corriges(corriges)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {analyse.constats.length === 0 ? <Text>{T.controles.aucun}</Text> : null}
      {analyse.constats.length > 0 && groupes.length === 0 ? (
        <Text>{T.controles.aucunFiltre}</Text>
      ) : null}
      {groupes.map((g, i) => (
        <section key={g.sheetId ?? ""} aria-labelledby={`constats-groupe-${i}`}>
          <h3 id={`constats-groupe-${i}`} className={s.onglet}>
            {g.nom ?? T.controles.classeurEntier} — {T.controles.compteGroupe(g.total)}
          </h3>
          {g.gravites.map((x) => (
            <div key={x.gravite}>
              <h4 className={s.gravite}>{T.controles.gravite[x.gravite]}</h4>
              <ul className={s.liste}>
                {x.constats.map((c) => (
                  <CarteConstat key={c.id} item={c} />
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
