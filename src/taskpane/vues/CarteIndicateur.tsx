import { Badge, Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { TargetArrowRegular } from "@fluentui/react-icons";
import {
  formaterDistinct,
  formuleEnFrancais,
  LIBELLES_RAISON,
  libelleLisible,
  nombreDeCondition,
  sourceLisible,
  texteLisible,
} from "../../domain/indicateurs";
import { LiensGlossaire } from "../glossaire/LiensGlossaire";
import type { IndicateurAffiche } from "../../use-cases/vue-indicateurs";
import { Divulgation } from "../composants/Divulgation";
import { useSession } from "../etat/session";
import { T } from "../textes";

const useStyles = makeStyles({
  carte: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  entete: {
    display: "flex",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "baseline",
  },
  libelle: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  valeur: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: "nowrap",
  },
  secondaire: { color: tokens.colorNeutralForeground2 },
  alerte: { display: "flex", columnGap: tokens.spacingHorizontalXS, alignItems: "flex-start" },
  seuils: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  bouton: { alignSelf: "flex-start" },
  code: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
});

const COULEUR = { erreur: "danger", alerte: "warning", info: "informative" } as const;

/** Un indicateur : valeur fr-FR, alertes, seuils et source, explication, aller aux entrées. */
export function CarteIndicateur({ item }: { readonly item: IndicateurAffiche }) {
  const s = useStyles();
  const { session, etat } = useSession();
  const r = item.resultat;
  const perimetre = [libelleLisible(r.perimetre.libelle), r.perimetre.exercice]
    .filter(Boolean)
    .join(", ");
  // Assez de décimales pour voir pourquoi un seuil est (ou n'est pas) franchi.
  const reperes = item.seuils
    .map((x) => nombreDeCondition(x.condition, r.unite))
    .filter((n): n is number => n !== null);
  return (
    <li className={s.carte}>
      <div className={s.entete}>
        <h5 className={s.libelle}>{r.libelle}</h5>
        <span className={s.valeur}>{formaterDistinct(r.valeur, r.unite, reperes)}</span>
      </div>
      <Text size={200} className={s.secondaire}>
        {perimetre}
      </Text>
      {r.valeur === null ? (
        <Text size={200}>
          {T.indicateurs.nonCalcule(LIBELLES_RAISON[r.raison ?? "donnee-manquante"])}
        </Text>
      ) : null}
      {r.alertes.map((a, i) => (
        <div key={i} className={s.alerte}>
          <Badge color={COULEUR[a.gravite]} appearance="tint">
            {T.indicateurs.alerteGravite[a.gravite]}
          </Badge>
          <Text size={200}>
            {texteLisible(a.message)} {T.indicateurs.source(sourceLisible(a.source))}
          </Text>
        </div>
      ))}
      {item.ecarts.map((e, i) => (
        <div key={`e${i}`} className={s.alerte}>
          <Badge color="warning" appearance="tint">
            {T.indicateurs.alerteGravite.alerte}
          </Badge>
          <Text size={200}>{texteLisible(e.message)}</Text>
        </div>
      ))}
      <Divulgation libelle={T.indicateurs.commentCalcule}>
        <Text as="p" size={200}>
          {texteLisible(r.explication)}
        </Text>
        {r.formule ? (
          <Text as="p" size={200} className={s.code}>
            {T.indicateurs.formuleExcel(formuleEnFrancais(r.formule))}
          </Text>
        ) : null}
        <Text as="p" size={200} weight="semibold">
          {T.indicateurs.seuils}
        </Text>
        {item.seuils.length > 0 ? (
          <ul className={s.seuils}>
            {item.seuils.map((x, i) => (
              <li key={i}>
                <Text size={200}>
                  {T.indicateurs.seuil(x.condition, x.message)} (
                  {T.indicateurs.alerteGravite[x.gravite]}).{" "}
                  {T.indicateurs.source(sourceLisible(x.source))}
                </Text>
              </li>
            ))}
          </ul>
        ) : (
          <Text as="p" size={200}>
            {T.indicateurs.aucunSeuil}
          </Text>
        )}
      </Divulgation>
      <LiensGlossaire texte={r.libelle} />
      {item.cible ? (
        <Button
          className={s.bouton}
          size="small"
          icon={<TargetArrowRegular />}
          disabledFocusable={etat.action !== null}
          aria-label={T.indicateurs.allerEntreesDe(r.libelle, perimetre)}
          onClick={() =>
            item.cible &&
            void session.allerA({ sheetId: item.cible.sheetId, ranges: [...item.cible.ranges] })
          }
        >
          {T.indicateurs.allerEntrees}
        </Button>
      ) : null}
    </li>
  );
}
