import { Badge, Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { DocumentAddRegular } from "@fluentui/react-icons";
import { useEffect, useMemo, useState } from "react";
import {
  ANNEXES,
  EMPREINTE_NS,
  INDICATEURS_CLES,
  LIBELLE_PRIORITE,
  lireEmpreinte,
  texteValeur,
  type EtatEmpreinte,
  type Priorite,
} from "../../domain/relecture";
import { vueRelecture } from "../../use-cases/vue-relecture";
import { colonne, TITRE_VUE } from "../composants/styles";
import { useAnalyse } from "../etat/session";
import { nombre, pourcentage } from "../textes";
import { TR } from "./textes-relecture";

const useStyles = makeStyles({
  racine: colonne(tokens.spacingVerticalM),
  section: colonne(tokens.spacingVerticalS),
  titre: TITRE_VUE,
  sousTitre: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  aide: { color: tokens.colorNeutralForeground2 },
  grille: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  terme: { fontWeight: tokens.fontWeightSemibold },
  valeur: { margin: 0 },
  liste: { listStyleType: "none", margin: 0, padding: 0 },
  bouton: { alignSelf: "flex-start" },
  lien: { justifyContent: "flex-start", textAlign: "left", paddingLeft: 0 },
});

const COULEUR: Readonly<Record<Priorite, "danger" | "warning" | "success">> = {
  appeler: "danger",
  verifier: "warning",
  conforme: "success",
};

const ABSENTE: EtatEmpreinte = { kind: "absente" };

type Lecture = EtatEmpreinte | { readonly kind: "indisponible" } | { readonly kind: "lecture" };

function messageEmpreinte(e: Lecture): string {
  if (e.kind === "lecture") return TR.lectureEmpreinte;
  if (e.kind === "alteree") return TR.empreinte.alteree(e.raison);
  return TR.empreinte[e.kind];
}

function Grille({ lignes }: { readonly lignes: readonly (readonly [string, string])[] }) {
  const s = useStyles();
  return (
    <dl className={s.grille}>
      {lignes.map(([k, v]) => (
        <div key={k} style={{ display: "contents" }}>
          <dt className={s.terme}>{k}</dt>
          <dd className={s.valeur}>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Relecture : synthèse du classeur, valeurs pré-renseignées modifiées, bilan dans une feuille. */
export function Relecture() {
  const s = useStyles();
  const { session, gateway, etat, analyse } = useAnalyse();
  const [lecture, setLecture] = useState<Lecture>({ kind: "lecture" });
  useEffect(() => {
    let actif = true;
    const lire = gateway.readCustomXml?.bind(gateway);
    if (!lire) {
      setLecture({ kind: "indisponible" });
      return;
    }
    lire(EMPREINTE_NS).then(
      (xml) => actif && setLecture(lireEmpreinte(xml)),
      () => actif && setLecture({ kind: "indisponible" }),
    );
    return () => {
      actif = false;
    };
  }, [gateway]);
  const empreinte = useMemo<EtatEmpreinte>(
    () => (lecture.kind === "lecture" || lecture.kind === "indisponible" ? ABSENTE : lecture),
    [lecture],
  );
  const vue = useMemo(() => vueRelecture(analyse, empreinte), [analyse, empreinte]);
  const l = vue.synthese;
  const aller = (onglet: string, row: number, col: number, sheetId: string) =>
    void session.allerA({ sheetId, sheetName: onglet, row, col });
  return (
    <div className={s.racine}>
      <section className={s.section} aria-labelledby="relecture-titre">
        <h2 id="relecture-titre" className={s.titre}>
          {TR.titre}
        </h2>
        <Text size={200} className={s.aide}>
          {TR.aide}
        </Text>
        <Badge className={s.bouton} appearance="filled" color={COULEUR[l.priorite]}>
          {LIBELLE_PRIORITE[l.priorite]}
        </Badge>
        <Text>{l.motifs.join(" ; ") || TR.rienASignaler}</Text>
        <Grille
          lignes={[
            [TR.organisme, l.organisme || TR.nonRenseigne],
            [TR.finess, l.finessJuridique || TR.nonRenseigne],
            [TR.esms, nombre(l.nombreEsms)],
            [TR.erreurs, nombre(l.erreurs)],
            [TR.alertes, nombre(l.alertes)],
          ]}
        />
      </section>
      <section className={s.section} aria-labelledby="relecture-modifiees">
        <h3 id="relecture-modifiees" className={s.sousTitre}>
          {TR.modifiees}
        </h3>
        <Text size={200} aria-live="polite">
          {messageEmpreinte(lecture)}
        </Text>
        {vue.modifiees && vue.modifiees.length === 0 ? <Text>{TR.aucuneModifiee}</Text> : null}
        {vue.modifiees && vue.modifiees.length > 0 ? (
          <ul className={s.liste}>
            {vue.modifiees.map((m) => (
              <li key={m.cle}>
                <Button
                  className={s.lien}
                  appearance="transparent"
                  disabled={!m.position}
                  aria-label={TR.allerA(`${m.onglet}!${m.cellule}`)}
                  onClick={() =>
                    m.position &&
                    aller(m.onglet, m.position.row, m.position.col, m.position.sheetId)
                  }
                >
                  {`${m.onglet}!${m.cellule} — ${m.esmsLibelle} — ${m.mesure}`}
                </Button>
                <Text size={200} block>
                  {TR.modifiee(texteValeur(m.reference), texteValeur(m.valeur))}
                </Text>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <section className={s.section} aria-labelledby="relecture-completude">
        <h3 id="relecture-completude" className={s.sousTitre}>
          {TR.completude}
        </h3>
        <Grille
          lignes={ANNEXES.filter((a) => l.completude[a] !== null).map(
            (a) => [a === "1" ? "Annexe 1" : a, pourcentage(l.completude[a])] as const,
          )}
        />
        <h3 className={s.sousTitre}>{TR.indicateurs}</h3>
        <Grille
          lignes={INDICATEURS_CLES.map((k) => {
            const v = l.indicateurs[k.cle];
            const t =
              v === null
                ? TR.nonRenseigne
                : k.unite === "%"
                  ? pourcentage(v)
                  : nombre(Math.round(v));
            return [k.libelle, t] as const;
          })}
        />
      </section>
      <div className={s.section}>
        <Button
          className={s.bouton}
          appearance="primary"
          icon={<DocumentAddRegular />}
          disabledFocusable={etat.action !== null}
          onClick={() =>
            void session.insererBilanRelecture(
              empreinte,
              TR.titreBilan(new Date().toLocaleDateString("fr-FR")),
            )
          }
        >
          {TR.inserer}
        </Button>
        <Text size={200} className={s.aide}>
          {TR.insererAide}
        </Text>
      </div>
    </div>
  );
}
