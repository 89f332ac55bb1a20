import {
  Field,
  ProgressBar,
  Skeleton,
  SkeletonItem,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useSession } from "../etat/session";
import { T } from "../textes";

const useStyles = makeStyles({
  racine: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  ligne: { display: "grid", gridTemplateColumns: "1fr", rowGap: tokens.spacingVerticalXS },
});

/** Squelette du sommaire et progression pendant la première lecture du classeur. */
export function Chargement() {
  const s = useStyles();
  const { etat } = useSession();
  const fraction = etat.progression?.fraction;
  return (
    <div className={s.racine}>
      <Field
        label={T.etat.lecture}
        hint={etat.progression?.libelle ?? T.etat.lectureAide}
        validationState="none"
      >
        <ProgressBar value={fraction} max={1} />
      </Field>
      {/* Décoratif : la barre de progression ci-dessus porte l'information. */}
      <Skeleton aria-hidden="true">
        {[0, 1, 2, 3, 4].map((i) => (
          <div key={i} className={s.ligne}>
            <SkeletonItem size={16} />
            <SkeletonItem size={8} />
          </div>
        ))}
      </Skeleton>
    </div>
  );
}
