import type {
  CellValue,
  DataValidationSnapshot,
  SheetSnapshot,
  ValueType,
  WorkbookSnapshot,
} from "../../domain/classeur/snapshot";
import { GatewayError, type SnapshotRequest } from "../port";
import { referenceListe, zonesDeAdresse } from "./adresses-office";
import {
  type Bloc,
  decouper,
  enfilerBloc,
  enfilerMfc,
  enfilerValidations,
  type Lecture,
  lireBloc,
  viderFusions,
} from "./contenu";
import { codeExcel, ERREURS_TAILLE } from "./erreurs";
import { enfilerStructure, lireStructure, type StructureFeuille } from "./structure";

export interface OptionsLecture {
  /** Cellules par bloc (avec couleurs) ; 20 000 par défaut. */
  readonly budgetBloc?: number;
  /** Cellules par `sync` de contenu, pour rester sous 5 Mo de réponse ; 38 000 par défaut (≈ 4,6 Mo à ~120 octets par cellule). */
  readonly budgetSync?: number;
  /** Au-delà, la plage utilisée est jugée démesurée ; 2 000 000 par défaut. */
  readonly limitePlage?: number;
  /** Lire les fusions (`getMergedAreasOrNullObject`, ExcelApi 1.13) ; vrai par défaut. */
  readonly fusions?: boolean;
  /** Longueur de la chaîne de feuilles demandée en sync 1 ; 64 par défaut. */
  readonly chaine?: number;
}

const ESSAIS_MAX = 3;

/** Lecture complète : sync 1 = structure ; sync(s) suivantes = contenu découpé par budget. */
export async function lireInstantane(
  ctx: Excel.RequestContext,
  request: SnapshotRequest,
  o: OptionsLecture,
): Promise<WorkbookSnapshot> {
  const progres = request.onProgress ?? (() => undefined);
  const settings = ctx.workbook.settings;
  settings.load("items/key,items/value");
  // Noms définis (sources de listes « =Nom ») : dans le même premier sync (formula : ExcelApi 1.7).
  const noms = ctx.workbook.names;
  noms.load("items/name,items/type,items/formula");
  let enfile = enfilerStructure(ctx, null, o.chaine ?? 64, o.fusions !== false);
  await ctx.sync();
  let { feuilles, suite } = lireStructure(enfile);
  while (suite && feuilles.length) {
    enfile = enfilerStructure(
      ctx,
      feuilles[feuilles.length - 1]!.feuille,
      o.chaine ?? 64,
      o.fusions !== false,
    );
    await ctx.sync();
    const r = lireStructure(enfile);
    feuilles = [...feuilles, ...r.feuilles];
    suite = r.suite;
  }
  progres(0.1, "Structure du classeur lue");
  const voulues = feuilles.filter((f) => !request.sheetIds || request.sheetIds.includes(f.id));
  for (const f of voulues) verifierTaille(f, o.limitePlage ?? 2_000_000);

  const lus = new Map<string, Map<number, ReturnType<typeof lireBloc>>>();
  const taches = voulues.flatMap((f) =>
    f.used
      ? decouper(f.used.rows, f.used.cols, o.budgetBloc ?? 20_000).map((b) => ({ f, ...b }))
      : [],
  );
  let budgetSync = o.budgetSync ?? 38_000;
  let budgetBloc = o.budgetBloc ?? 20_000;
  let restantes = taches;
  let annexes: Lecture | undefined;
  let essais = 0;
  const total = Math.max(
    1,
    taches.reduce((n, t) => n + t.rows * (t.f.used?.cols ?? 0), 0),
  );
  let faits = 0;
  while (restantes.length || !annexes) {
    const lot: { f: StructureFeuille; row: number; rows: number }[] = [];
    let cellules = 0;
    for (const t of restantes) {
      const n = t.rows * (t.f.used?.cols ?? 0);
      if (lot.length && cellules + n > budgetSync) break;
      lot.push(t);
      cellules += n;
    }
    const blocs: Bloc[] = lot.map((t) => enfilerBloc(t.f, t.row, t.rows));
    const ann: Lecture | undefined = annexes
      ? undefined
      : {
          blocs: [],
          validations: voulues.flatMap((f) => enfilerValidations(f)),
          mfc: voulues.flatMap((f) => enfilerMfc(f)),
        };
    try {
      await ctx.sync();
    } catch (e) {
      const code = codeExcel(e);
      if (!code || !ERREURS_TAILLE.has(code) || essais >= ESSAIS_MAX) throw e;
      essais++;
      // Deux fois plus petit que le lot refusé (et non que le budget, peut-être bien plus grand).
      budgetSync = Math.max(1, Math.floor(cellules / 2));
      budgetBloc = Math.max(1, Math.min(budgetBloc, budgetSync));
      restantes = [
        ...lot.flatMap((t) =>
          decouper(t.rows, t.f.used?.cols ?? 1, budgetBloc).map((b) => ({
            f: t.f,
            row: t.row + b.row,
            rows: b.rows,
          })),
        ),
        ...restantes.slice(lot.length),
      ];
      continue;
    }
    annexes ??= ann;
    for (const b of blocs) {
      const m = lus.get(b.sheetId) ?? new Map();
      m.set(b.row, lireBloc(b));
      lus.set(b.sheetId, m);
      faits += b.rows * (feuilles.find((f) => f.id === b.sheetId)?.used?.cols ?? 0);
    }
    restantes = restantes.slice(lot.length);
    progres(0.1 + 0.9 * (faits / total), "Lecture des cellules");
  }
  const sheets = resoudreListes(
    feuilles.map((f) => assembler(f, voulues.includes(f) ? lus.get(f.id) : undefined, annexes)),
    definitions(noms),
  );
  return {
    sheets,
    settings: Object.fromEntries(settings.items.map((s) => [s.key, s.value as unknown])),
  };
}

function verifierTaille(f: StructureFeuille, limite: number): void {
  if (!f.used || f.used.rows * f.used.cols <= limite) return;
  throw new GatewayError(
    "RangeExceedsLimit",
    `Plage utilisée démesurée sur l'onglet « ${f.name} » (${f.used.rows} lignes × ${f.used.cols} colonnes), souvent due à une mise en forme de colonnes ou de lignes entières : effacez les formats des lignes et colonnes inutilisées, enregistrez, puis relancez l'analyse.`,
  );
}

/** Lignes et colonnes masquées lues avec les blocs (absentes de l'instantané s'il n'y en a pas). */
function masquees(blocs: readonly ReturnType<typeof lireBloc>[]) {
  const hiddenRows = blocs.flatMap((b) => b.hiddenRows);
  const hiddenColumns = blocs.flatMap((b) => b.hiddenColumns);
  return {
    ...(hiddenRows.length > 0 ? { hiddenRows } : {}),
    ...(hiddenColumns.length > 0 ? { hiddenColumns } : {}),
  };
}

function assembler(
  f: StructureFeuille,
  blocs: Map<number, ReturnType<typeof lireBloc>> | undefined,
  annexes: Lecture | undefined,
): SheetSnapshot {
  const tri = [...(blocs ?? new Map()).entries()].sort((a, b) => a[0] - b[0]).map(([, b]) => b);
  const concat = <K extends keyof ReturnType<typeof lireBloc>>(k: K) =>
    tri.flatMap((b) => b[k]) as ReturnType<typeof lireBloc>[K];
  const u = blocs && f.used ? f.used : null;
  const contenu = {
    values: u ? (concat("values") as CellValue[][]) : [],
    types: u ? (concat("types") as ValueType[][]) : [],
    formulas: u ? concat("formulas") : [],
  };
  if (u)
    viderFusions(contenu, { row: u.row, col: u.col }, f.merges, {
      value: "" as CellValue,
      type: "Empty" as ValueType,
      formula: null,
    });
  const validations: DataValidationSnapshot[] = (annexes?.validations ?? [])
    .filter((v) => v.sheetId === f.id && v.dv.type !== "None")
    .map((v) => {
      const source = v.dv.rule?.list?.source;
      if (v.dv.type !== "List" || typeof source !== "string")
        return { range: v.zone, type: v.dv.type === "List" ? "list" : "other" };
      const enLigne = !source.startsWith("=");
      return {
        range: v.zone,
        type: "list",
        source,
        ...(enLigne ? { values: source.split(",").map((s) => s.trim()) } : {}),
      };
    });
  return {
    id: f.id,
    name: f.name,
    position: f.position,
    visibility: f.visibility,
    protected: f.protected,
    origin: u ? { row: u.row, col: u.col } : { row: 0, col: 0 },
    rowCount: u ? u.rows : 0,
    columnCount: u ? u.cols : 0,
    values: contenu.values,
    valueTypes: contenu.types,
    formulas: contenu.formulas,
    numberFormats: u ? concat("numberFormats") : [],
    fills: u ? concat("fills") : [],
    bold: u ? concat("bold") : [],
    merges: f.merges,
    ...masquees(u ? tri : []),
    validations: fusionnerBandes(validations),
    conditionalFormats: (annexes?.mfc ?? [])
      .filter((m) => m.sheetId === f.id)
      .flatMap((m) =>
        zonesDeAdresse(m.zones.address).map((range) => ({
          range,
          type: "Custom",
          formula: m.cf.custom.rule.formula,
          ...(m.cf.custom.format.fill.color
            ? { fillColor: m.cf.custom.format.fill.color.replace(/^#/, "").toUpperCase() }
            : {}),
        })),
      ),
  };
}

/** Bandes de colonnes voisines de même règle → un rectangle. */
function fusionnerBandes(vs: DataValidationSnapshot[]): DataValidationSnapshot[] {
  const res: DataValidationSnapshot[] = [];
  for (const v of vs) {
    const prec = res[res.length - 1];
    if (
      prec &&
      prec.type === v.type &&
      prec.source === v.source &&
      prec.range.top === v.range.top &&
      prec.range.bottom === v.range.bottom &&
      prec.range.right === v.range.left - 1
    ) {
      res[res.length - 1] = { ...prec, range: { ...prec.range, right: v.range.right } };
    } else res.push(v);
  }
  return res;
}

/** Valeurs des listes dont la source est une plage, lues dans l'instantané lui-même. */
/** Noms définis de portée classeur qui désignent une plage : nom en minuscules → « =Feuille!$A$1:$A$5 ». */
function definitions(noms: Excel.NamedItemCollection): ReadonlyMap<string, string> {
  return new Map(
    noms.items.filter((n) => n.type === "Range").map((n) => [n.name.toLowerCase(), n.formula]),
  );
}

/** Source d'une liste : référence directe, ou nom défini remplacé par sa plage. */
function referenceSource(source: string, noms: ReadonlyMap<string, string>) {
  const directe = referenceListe(source);
  if (directe) return directe;
  const definition = noms.get(source.replace(/^=/, "").trim().toLowerCase());
  return definition ? referenceListe(definition) : undefined;
}

function resoudreListes(
  sheets: SheetSnapshot[],
  noms: ReadonlyMap<string, string>,
): SheetSnapshot[] {
  return sheets.map((s) => ({
    ...s,
    validations: s.validations.map((v) => {
      if (v.type !== "list" || !v.source?.startsWith("=")) return v;
      const ref = referenceSource(v.source, noms);
      const cible =
        ref &&
        (ref.feuille ? sheets.find((x) => x.name.toLowerCase() === ref.feuille!.toLowerCase()) : s);
      if (!ref || !cible) return v;
      const values: string[] = [];
      for (let r = ref.zone.top; r <= ref.zone.bottom; r++) {
        for (let c = ref.zone.left; c <= ref.zone.right; c++) {
          const x = cible.values[r - cible.origin.row]?.[c - cible.origin.col];
          if (x !== undefined && x !== "") values.push(String(x));
        }
      }
      return { ...v, values };
    }),
  }));
}
