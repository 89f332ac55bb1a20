import { Badge, Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { TargetArrowRegular } from "@fluentui/react-icons";
import { adresseA1 } from "../../domain/classeur/adresse";
import type { ConstatListe } from "../../use-cases/vue-controles";
import { texteLisible } from "../../domain/indicateurs";
import { Divulgation } from "../composants/Divulgation";
import { LiensGlossaire } from "../glossaire/LiensGlossaire";
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
  entete: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "flex-start" },
  secondaire: { color: tokens.colorNeutralForeground2 },
  bouton: { alignSelf: "flex-start" },
});

export const COULEUR_GRAVITE = {
  erreur: "danger",
  alerte: "warning",
  info: "informative",
} as const;
const CELLULES_MONTREES = 6;

/** Un constat : message, cellules, « Pourquoi ? », « Comment corriger ? », aller à la cellule. */
export function CarteConstat({ item }: { readonly item: ConstatListe }) {
  const s = useStyles();
  const { session, etat } = useSession();
  const c = item.constat;
  const premiere = c.locations[0];
  const adresses = c.locations.map((l) => adresseA1(l.row, l.col));
  return (
    <li className={s.carte}>
      <div className={s.entete}>
        <Badge color={COULEUR_GRAVITE[c.gravite]} appearance="tint">
          {T.controles.graviteUn[c.gravite]}
        </Badge>
        <Text>{c.message}</Text>
      </div>
      {adresses.length > 1 ? (
        <Text size={200} className={s.secondaire}>
          {T.controles.cellules(
            adresses.slice(0, CELLULES_MONTREES).join(", "),
            Math.max(0, adresses.length - CELLULES_MONTREES),
          )}
        </Text>
      ) : null}
      <Divulgation libelle={T.controles.pourquoi}>
        <Text as="p" size={200}>
          {texteLisible(c.pourquoi)}
        </Text>
      </Divulgation>
      <Divulgation libelle={T.controles.corriger}>
        <Text as="p" size={200}>
          {c.correction}
        </Text>
      </Divulgation>
      <LiensGlossaire texte={c.message} />
      {premiere ? (
        <Button
          className={s.bouton}
          size="small"
          icon={<TargetArrowRegular />}
          disabledFocusable={etat.action !== null}
          aria-label={T.controles.allerCelluleDe(c.message)}
          onClick={() => void session.allerA(premiere)}
        >
          {T.controles.allerCellule}
        </Button>
      ) : null}
    </li>
  );
}
