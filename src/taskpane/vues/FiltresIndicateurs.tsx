import { Checkbox, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { T } from "../textes";
import { TOUS, type FiltresIndicateurs as Filtres } from "./indicateurs-filtres";

const useStyles = makeStyles({
  barre: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
    alignItems: "flex-end",
  },
  // Un libellé d'ESMS long ne doit pas élargir le volet (350 px).
  champ: { flex: "1 1 140px", minWidth: 0, maxWidth: "100%" },
  liste: { width: "100%", minWidth: 0 },
});

export interface ProprietesFiltres {
  readonly valeur: Filtres;
  readonly onglets: readonly { cle: string; nom: string }[];
  readonly esms: readonly string[];
  readonly onChange: (f: Filtres) => void;
}

/** Filtres de la vue Indicateurs : onglet, ESMS (ou périmètre), « en alerte seulement ». */
export function FiltresIndicateurs({ valeur, onglets, esms, onChange }: ProprietesFiltres) {
  const s = useStyles();
  return (
    <div className={s.barre} role="group" aria-label={T.indicateurs.filtres}>
      <Field className={s.champ} label={T.indicateurs.filtreOnglet} size="small">
        <Select
          className={s.liste}
          select={{ className: s.liste }}
          size="small"
          value={valeur.onglet}
          onChange={(_, d) => onChange({ ...valeur, onglet: d.value, esms: TOUS })}
        >
          <option value={TOUS}>{T.indicateurs.tousOnglets}</option>
          {onglets.map((o) => (
            <option key={o.cle} value={o.cle}>
              {o.nom}
            </option>
          ))}
        </Select>
      </Field>
      <Field className={s.champ} label={T.indicateurs.filtreEsms} size="small">
        <Select
          className={s.liste}
          select={{ className: s.liste }}
          size="small"
          value={valeur.esms}
          onChange={(_, d) => onChange({ ...valeur, esms: d.value })}
        >
          <option value={TOUS}>{T.indicateurs.tousEsms}</option>
          {esms.map((e) => (
            <option key={e} value={e}>
              {e}
            </option>
          ))}
        </Select>
      </Field>
      <Checkbox
        label={T.indicateurs.filtreAlerte}
        checked={valeur.enAlerte}
        onChange={(_, d) => onChange({ ...valeur, enAlerte: d.checked === true })}
      />
    </div>
  );
}
