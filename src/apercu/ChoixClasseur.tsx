import { Button, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useRef } from "react";
import { EXEMPLES } from "./charger";
import { TA } from "./textes";

const useStyles = makeStyles({
  barre: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
  },
  cache: { display: "none" },
});

/** Ouvrir un fichier du disque, ou passer d'un classeur d'exemple à l'autre. */
export function ChoixClasseur({
  exemple,
  surFichier,
  surExemple,
}: {
  readonly exemple: string | null;
  readonly surFichier: (f: File) => void;
  readonly surExemple: (id: string) => void;
}) {
  const s = useStyles();
  const entree = useRef<HTMLInputElement>(null);
  const aide = useId();
  return (
    <div className={s.barre}>
      <Field label={TA.exemples}>
        <Select
          value={exemple ?? ""}
          onChange={(_, d) => {
            if (d.value) surExemple(d.value);
          }}
        >
          {exemple ? null : <option value="">{TA.exempleChoisir}</option>}
          {EXEMPLES.map((e) => (
            <option key={e.id} value={e.id}>
              {e.titre}
            </option>
          ))}
        </Select>
      </Field>
      <Button aria-describedby={aide} onClick={() => entree.current?.click()}>
        {TA.ouvrir}
      </Button>
      <span id={aide} className="visuellement-cache">
        {TA.ouvrirAide}
      </span>
      <input
        ref={entree}
        className={s.cache}
        type="file"
        accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12"
        aria-label={TA.ouvrir}
        tabIndex={-1}
        data-testid="fichier-classeur"
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = "";
          if (f) surFichier(f);
        }}
      />
    </div>
  );
}
