import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import {
  ArrowDownRegular,
  ArrowUpRegular,
  HighlightRegular,
  EraserRegular,
  SelectAllOnRegular,
} from "@fluentui/react-icons";
import { MessageLocal } from "../composants/MessageLocal";
import { useActionLocale } from "../etat/action-locale";
import { TOUCHES_RACCOURCIS } from "../etat/raccourcis";
import { useAnalyse } from "../etat/session";
import { T } from "../textes";
import { colonne, TITRE_VUE } from "../composants/styles";
import { adresseA1 } from "../../domain/classeur/adresse";
import type { Etalonnage } from "../../domain/classeur/typage/etalonnage";

/** La pastille de saisie de la légende retenue, pour la phrase du volet. */
function legendeSaisie(e: Etalonnage) {
  const p = e.legende.find((x) => x.classe === "saisie");
  return p
    ? {
        texte: p.texte,
        onglet: p.location.sheetName,
        cellule: adresseA1(p.location.row, p.location.col),
        couleur: p.couleur,
      }
    : null;
}

const useStyles = makeStyles({
  racine: colonne(tokens.spacingVerticalL),
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    alignItems: "stretch",
  },
  titre: TITRE_VUE,
  bouton: { justifyContent: "flex-start" },
  aide: { color: tokens.colorNeutralForeground2 },
});

/** Saisie : surligner les cellules à compléter, aller de l'une à l'autre, les sélectionner. */
export function Saisie() {
  const s = useStyles();
  const { session, gateway, etat, analyse } = useAnalyse();
  const local = useActionLocale();
  const occupe = etat.action !== null;
  const g = analyse.completude.global;

  const selectionnerVides = () =>
    local.executer(async () => {
      const sel = gateway.readSelection ? await gateway.readSelection() : null;
      if (!sel) return local.avertir(T.saisie.ongletActifInconnu);
      const compte = analyse.completude.parOnglet.some((o) => o.sheetId === sel.sheetId);
      if (!compte) {
        const nom = analyse.onglets.find((o) => o.sheetId === sel.sheetId)?.nom ?? sel.sheetName;
        return local.avertir(T.saisie.ongletNonCompte(nom));
      }
      await session.selectionnerVides(sel.sheetId);
    });

  return (
    <div className={s.racine}>
      <section className={s.section} aria-labelledby="saisie-titre">
        <h2 id="saisie-titre" className={s.titre}>
          {T.saisie.titre}
        </h2>
        <Text>{T.saisie.resteAFaire(g.total - g.remplies, g.total)}</Text>
        <Text size={200} className={s.aide} data-testid="saisie-legende">
          {T.saisie.legende(legendeSaisie(analyse.completude.etalonnage))}
        </Text>
        <Button
          className={s.bouton}
          appearance={etat.surligne ? "secondary" : "primary"}
          icon={<HighlightRegular />}
          disabledFocusable={occupe || etat.surligne}
          onClick={() => void session.surligner()}
        >
          {T.saisie.surligner}
        </Button>
        <Button
          className={s.bouton}
          icon={<EraserRegular />}
          disabledFocusable={occupe || !etat.surligne}
          onClick={() => void session.retirerSurlignage()}
        >
          {T.saisie.retirer}
        </Button>
        <Text size={200} className={s.aide}>
          {etat.surligne ? `${T.saisie.surligneEtat} ` : ""}
          {T.saisie.surlignerAide}
        </Text>
      </section>
      <section className={s.section} aria-labelledby="saisie-navigation">
        <h2 id="saisie-navigation" className={s.titre}>
          {T.saisie.navigationTitre}
        </h2>
        <Button
          className={s.bouton}
          icon={<ArrowDownRegular />}
          aria-keyshortcuts={TOUCHES_RACCOURCIS.suivante}
          disabledFocusable={occupe}
          onClick={() => void session.celluleSuivante(1)}
        >
          {T.saisie.suivante}
        </Button>
        <Button
          className={s.bouton}
          icon={<ArrowUpRegular />}
          aria-keyshortcuts={TOUCHES_RACCOURCIS.precedente}
          disabledFocusable={occupe}
          onClick={() => void session.celluleSuivante(-1)}
        >
          {T.saisie.precedente}
        </Button>
        <Text size={200} className={s.aide}>
          {T.saisie.raccourcis}
        </Text>
      </section>
      <section className={s.section} aria-labelledby="saisie-selection">
        <h2 id="saisie-selection" className={s.titre}>
          {T.saisie.selectionTitre}
        </h2>
        <Button
          className={s.bouton}
          icon={<SelectAllOnRegular />}
          disabledFocusable={occupe}
          onClick={() => void selectionnerVides()}
        >
          {T.saisie.selectionnerVides}
        </Button>
        <Text size={200} className={s.aide}>
          {T.saisie.selectionnerAide}
        </Text>
        <MessageLocal texte={local.erreur} />
      </section>
    </div>
  );
}
