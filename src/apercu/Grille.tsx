import { makeStyles, tokens } from "@fluentui/react-components";
import { type KeyboardEvent, type ReactNode, useEffect, useRef } from "react";
import { adresseA1, lettresColonne } from "../domain/classeur/adresse";
import type { CellRange, CellValue } from "../domain/classeur/snapshot";
import type { VueFeuille } from "../gateway/host-simule";
import { luminance } from "../taskpane/coque/theme";
import { TA } from "./textes";

const useStyles = makeStyles({
  defilement: {
    overflow: "auto",
    flexGrow: 1,
    minHeight: 0,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  table: {
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    fontFamily: tokens.fontFamilyBase,
    tableLayout: "fixed",
  },
  entete: {
    position: "sticky",
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightRegular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    zIndex: 1,
  },
  colonne: { top: 0, minWidth: "72px" },
  ligne: { left: 0, textAlign: "right" },
  cellule: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    padding: `1px ${tokens.spacingHorizontalXS}`,
    maxWidth: "220px",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    verticalAlign: "top",
    cursor: "cell",
    // Sous les en-têtes collants : la cellule amenée à l'écran n'est pas cachée par eux.
    scrollMarginTop: "24px",
    scrollMarginLeft: "48px",
  },
  selectionnee: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
});

const nombre = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 4 });

const pourcent = new Intl.NumberFormat("fr-FR", { style: "percent", maximumFractionDigits: 2 });
const date = new Intl.DateTimeFormat("fr-FR", { timeZone: "UTC" });
/** Format de date d'Excel (jours, mois, années), hors sections entre guillemets ou crochets. */
const estFormatDate = (f: string) => /[dmy]/i.test(f.replace(/"[^"]*"|\[[^\]]*\]/g, ""));
/** Numéro de série Excel (jours depuis le 30/12/1899) → date. */
const dateDeSerie = (n: number) => new Date(Date.UTC(1899, 11, 30) + Math.round(n * 86_400_000));

function texte(v: CellValue, format = "General"): string {
  if (typeof v === "number") {
    if (format.includes("%")) return pourcent.format(v);
    if (format !== "General" && estFormatDate(format) && v > 0 && v < 2_958_466)
      return date.format(dateDeSerie(v));
    return nombre.format(v);
  }
  if (typeof v === "boolean") return v ? TA.vrai : TA.faux;
  return v;
}

const dans = (z: CellRange, r: number, c: number) =>
  r >= z.top && r <= z.bottom && c >= z.left && c <= z.right;

/** Texte lisible sur un remplissage : blanc sur fond foncé, noir sinon (contraste WCAG). */
const couleurTexte = (fill: string) => ((luminance(fill) ?? 1) < 0.179 ? "#FFFFFF" : "#000000");

const DEPLACEMENTS: Readonly<Record<string, readonly [number, number]>> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

const idCellule = (sheetId: string, a1: string) => `cel-${sheetId.replace(/[^\w-]/g, "_")}-${a1}`;

/**
 * Grille de la feuille active : valeurs, remplissages affichés (mises en forme conditionnelles
 * comprises), gras, fusions, sélection amenée à l'écran. Un clic sélectionne une cellule, les
 * flèches déplacent la sélection, Entrée ou F2 passe à la saisie (`surEdition`).
 */
export function Grille({
  vue,
  surSelection,
  surEdition,
}: {
  readonly vue: VueFeuille;
  readonly surSelection: (row: number, col: number) => void;
  readonly surEdition: () => void;
}) {
  const s = useStyles();
  const { origin, rowCount, columnCount } = vue;
  const cadre = useRef<HTMLDivElement>(null);
  const active = vue.selection[0];
  const a1Active = active ? adresseA1(active.top, active.left) : null;
  useEffect(() => {
    if (!a1Active) return;
    const td = cadre.current?.querySelector<HTMLElement>(`td[data-adresse="${a1Active}"]`);
    td?.scrollIntoView?.({ block: "nearest", inline: "nearest" });
  }, [a1Active, vue.id]);
  const clavier = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === "Enter" || e.key === "F2") {
      e.preventDefault();
      surEdition();
      return;
    }
    const d = DEPLACEMENTS[e.key];
    if (!d) return;
    e.preventDefault();
    const r0 = active?.top ?? origin.row;
    const c0 = active?.left ?? origin.col;
    const fusion = vue.merges.find((m) => m.top === r0 && m.left === c0);
    const r = d[0] > 0 && fusion ? fusion.bottom + 1 : r0 + d[0];
    const c = d[1] > 0 && fusion ? fusion.right + 1 : c0 + d[1];
    const dedans = (x: number, min: number, n: number) => Math.min(Math.max(x, min), min + n - 1);
    let rr = dedans(r, origin.row, rowCount);
    let cc = dedans(c, origin.col, columnCount);
    const couvrante = vue.merges.find((m) => dans(m, rr, cc));
    if (couvrante) [rr, cc] = [couvrante.top, couvrante.left];
    surSelection(rr, cc);
  };
  const couvertes = new Set<string>();
  const fusions = new Map<string, CellRange>();
  for (const m of vue.merges) {
    fusions.set(`${m.top}:${m.left}`, m);
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++)
        if (r !== m.top || c !== m.left) couvertes.add(`${r}:${c}`);
  }
  const colonnes = Array.from({ length: columnCount }, (_, j) => origin.col + j);
  const lignes: ReactNode[] = [];
  for (let i = 0; i < rowCount; i++) {
    const r = origin.row + i;
    const cellules: ReactNode[] = [];
    colonnes.forEach((c, j) => {
      if (couvertes.has(`${r}:${c}`)) return;
      const m = fusions.get(`${r}:${c}`);
      const fill = vue.fills[i]?.[j] ?? null;
      const selectionnee = vue.selection.some((z) => dans(z, r, c));
      cellules.push(
        <td
          key={c}
          className={selectionnee ? `${s.cellule} ${s.selectionnee}` : s.cellule}
          data-adresse={adresseA1(r, c)}
          data-fill={fill ?? undefined}
          data-selection={selectionnee ? "oui" : undefined}
          id={idCellule(vue.id, adresseA1(r, c))}
          onClick={() => surSelection(r, c)}
          rowSpan={m ? Math.min(m.bottom, origin.row + rowCount - 1) - m.top + 1 : undefined}
          colSpan={m ? Math.min(m.right, origin.col + columnCount - 1) - m.left + 1 : undefined}
          style={{
            backgroundColor: fill ? `#${fill}` : undefined,
            color: fill ? couleurTexte(fill) : undefined,
            fontWeight: vue.bold[i]?.[j] ? 600 : undefined,
          }}
        >
          {texte(vue.values[i]?.[j] ?? "", vue.numberFormats[i]?.[j])}
        </td>,
      );
    });
    lignes.push(
      <tr key={r}>
        <th scope="row" className={`${s.entete} ${s.ligne}`}>
          {r + 1}
        </th>
        {cellules}
      </tr>,
    );
  }
  return (
    <div
      ref={cadre}
      className={s.defilement}
      tabIndex={0}
      role="group"
      aria-label={TA.grille(vue.name)}
      aria-describedby={a1Active ? "grille-aide" : undefined}
      aria-activedescendant={a1Active ? idCellule(vue.id, a1Active) : undefined}
      onKeyDown={clavier}
    >
      {a1Active ? (
        <span id="grille-aide" className="visuellement-cache">
          {TA.editer(a1Active)}
        </span>
      ) : null}
      <table className={s.table}>
        <caption className="visuellement-cache">{TA.feuilleActive(vue.name)}</caption>
        <thead>
          <tr>
            <td className={`${s.entete} ${s.colonne}`}>
              <span className="visuellement-cache">{TA.coin}</span>
            </td>
            {colonnes.map((c) => (
              <th key={c} scope="col" className={`${s.entete} ${s.colonne}`}>
                {lettresColonne(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{lignes}</tbody>
      </table>
    </div>
  );
}
