import { Badge, Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { sommaire, type LigneSommaire } from "../../use-cases/vue-sommaire";
import { BarreCompletude } from "../composants/BarreCompletude";
import { Confirmation } from "../composants/Confirmation";
import { useSommaire } from "../etat/session";
import { pourcentage, T } from "../textes";
import { MenuType } from "./MenuType";
import { colonne, TITRE_VUE } from "../composants/styles";

const useStyles = makeStyles({
  racine: colonne(tokens.spacingVerticalM),
  titre: TITRE_VUE,
  liste: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  ligne: {
    display: "grid",
    gridTemplateColumns: "1fr auto",
    columnGap: tokens.spacingHorizontalS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  corps: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    minWidth: 0,
  },
  nom: {
    justifyContent: "flex-start",
    fontWeight: tokens.fontWeightSemibold,
    minWidth: 0,
    paddingLeft: 0,
  },
  type: { color: tokens.colorNeutralForeground2 },
  badges: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalXS },
});

function libelleType(l: LigneSommaire): string {
  if (l.titre === null)
    return l.hypothese ? T.sommaire.hypothese(l.hypothese) : T.sommaire.nonReconnu;
  return l.annexe ? T.sommaire.annexe(l.annexe, l.titre) : l.titre;
}

function LigneOnglet({
  ligne,
  onAller,
}: {
  readonly ligne: LigneSommaire;
  readonly onAller: () => void;
}) {
  const s = useStyles();
  const c = ligne.completude;
  return (
    <li className={s.ligne}>
      <div className={s.corps}>
        <Button
          appearance="transparent"
          className={s.nom}
          onClick={onAller}
          aria-label={T.sommaire.allerA(ligne.nom)}
        >
          {ligne.nom}
        </Button>
        <Text size={200} className={s.type}>
          {libelleType(ligne)}
        </Text>
        {!ligne.visible || ligne.origine === "correction" || ligne.doublonDe ? (
          <div className={s.badges}>
            {!ligne.visible ? (
              <Badge appearance="outline" color="informative">
                {T.sommaire.masque}
              </Badge>
            ) : null}
            {ligne.origine === "correction" ? (
              <Badge appearance="outline" color="brand">
                {T.sommaire.corrige}
              </Badge>
            ) : null}
            {ligne.doublonDe ? (
              <Badge appearance="outline" color="warning">
                {T.sommaire.doublon(ligne.doublonDe)}
              </Badge>
            ) : null}
          </div>
        ) : null}
        {c ? (
          <BarreCompletude
            libelle={T.sommaire.barre(ligne.nom)}
            taux={c.taux}
            detail={T.sommaire.aCompleter(c.aCompleter, c.total)}
          />
        ) : (
          <Text size={200} className={s.type}>
            {T.sommaire.nonCompte(ligne.exclu ?? "")}
          </Text>
        )}
      </div>
      <MenuType ligne={ligne} />
    </li>
  );
}

/**
 * `sommaire` (use-cases/vue-sommaire) ne lit que les onglets et la complétude, mais demande une
 * analyse entière : avant l'analyse complète (ADR 0022), le reste est vide, jamais lu ici.
 */
const SANS_CALCULS = {
  indicateurs: [],
  ecarts: [],
  constats: [],
  resume: { erreurs: 0, alertes: 0, infos: 0 },
} as const;

/** Sommaire : onglets dans l'ordre, type reconnu, complétude ; clic = aller à l'onglet. */
export function Sommaire() {
  const s = useStyles();
  const { session, analyse } = useSommaire();
  const donnees = useMemo(() => sommaire({ ...SANS_CALCULS, ...analyse }), [analyse]);
  const [masque, setMasque] = useState<LigneSommaire | null>(null);
  const aller = async (l: LigneSommaire) => {
    // La question a déjà été posée ici pour un onglet masqué (voir `Confirmation` plus bas).
    await session.allerA(
      { sheetId: l.sheetId, sheetName: l.nom, row: 0, col: 0 },
      { afficherMasquee: !l.visible },
    );
    // Un onglet affiché change le sommaire (visibilité, complétude) : relire.
    if (!l.visible) await session.charger();
  };
  const g = donnees.global;
  return (
    <div className={s.racine}>
      <section aria-labelledby="sommaire-global">
        <h2 id="sommaire-global" className={s.titre}>
          {T.sommaire.global} : {pourcentage(g.taux)}
        </h2>
        {g.total > 0 ? (
          <BarreCompletude
            libelle={T.sommaire.global}
            taux={g.taux}
            detail={T.sommaire.globalDetail(g.remplies, g.total)}
          />
        ) : (
          <Text>{T.sommaire.aucuneSaisie}</Text>
        )}
        <Text size={200}>{T.sommaire.globalAide}</Text>
      </section>
      <section aria-labelledby="sommaire-onglets">
        <h2 id="sommaire-onglets" className={s.titre}>
          {T.sommaire.titre}
        </h2>
        <ul className={s.liste}>
          {donnees.lignes.map((l) => (
            <LigneOnglet
              key={l.sheetId}
              ligne={l}
              onAller={() => (l.visible ? void aller(l) : setMasque(l))}
            />
          ))}
        </ul>
      </section>
      <Confirmation
        ouvert={masque !== null}
        titre={T.sommaire.confirmerTitre}
        texte={T.sommaire.confirmerTexte(masque?.nom ?? "")}
        confirmer={T.sommaire.confirmerOui}
        onAnnuler={() => setMasque(null)}
        onConfirmer={() => {
          const l = masque;
          setMasque(null);
          if (l) void aller(l);
        }}
      />
    </div>
  );
}
