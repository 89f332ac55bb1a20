import { spawnSync } from "node:child_process";
import { join } from "node:path";
import ts from "typescript";

const RACINE = join(__dirname, "..", "..");

interface Message {
  readonly ruleId: string | null;
  readonly message: string;
}

/** ESLint du projet sur des textes placés (fictivement) à `filePath`. */
function linter(cas: readonly { filePath: string; code: string }[]): Message[][] {
  const r = spawnSync(process.execPath, [join(__dirname, "outils", "linter.mjs")], {
    cwd: RACINE,
    input: JSON.stringify(cas),
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`ESLint a échoué : ${r.stderr}`);
  return JSON.parse(r.stdout) as Message[][];
}

const DOMAINE = "src/domain/classeur/fictif.ts";

// Chaque ligne : [ce qui est interdit, code, règle attendue, extrait du message français].
const INTERDITS: readonly [string, string, string, RegExp][] = [
  ['import "react"', 'import "react";\n', "no-restricted-imports", /pas de React/],
  [
    "un hook React",
    'import { useState } from "react";\nexport const etat = useState;\n',
    "no-restricted-imports",
    /pas de React/,
  ],
  [
    "ExcelJS",
    'import ExcelJS from "exceljs";\nexport const w = new ExcelJS.Workbook();\n',
    "no-restricted-imports",
    /ExcelJS appartient à gateway\/xlsx/,
  ],
  [
    "node:fs",
    'import { readFileSync } from "node:fs";\nexport const lire = readFileSync;\n',
    "no-restricted-imports",
    /pas de Node/,
  ],
  [
    "fs (sans préfixe)",
    'import { readFileSync } from "fs";\nexport const lire = readFileSync;\n',
    "no-restricted-imports",
    /pas d'entrée-sortie/,
  ],
  [
    "Fluent UI",
    'import { Button } from "@fluentui/react-components";\nexport const b = Button;\n',
    "no-restricted-imports",
    /pas d'Office ni d'interface/,
  ],
  [
    "un adaptateur de passerelle",
    'import { OfficeGateway } from "../../gateway/office/office-gateway";\nexport const g = OfficeGateway;\n',
    "no-restricted-imports",
    /n'importe que le domaine/,
  ],
  [
    "document (DOM)",
    "export const titre = (): string => document.title;\n",
    "no-restricted-globals",
    /pas de DOM/,
  ],
  [
    "window (DOM)",
    "export const largeur = (): number => window.innerWidth;\n",
    "no-restricted-globals",
    /pas de DOM/,
  ],
  [
    "Excel (Office)",
    "export const lancer = () => Excel.run;\n",
    "no-restricted-globals",
    /pas d'Office/,
  ],
  [
    "l'horloge",
    "export const maintenant = (): number => Date.now();\n",
    "no-restricted-properties",
    /ne lit pas l'horloge/,
  ],
  [
    "le hasard",
    "export const tirage = (): number => Math.random();\n",
    "no-restricted-properties",
    /déterministe/,
  ],
];

const PUR = [
  'import type { WorkbookSnapshot } from "./snapshot";',
  "",
  "/** Nombre d'onglets visibles d'un instantané. */",
  "export const ongletsVisibles = (s: WorkbookSnapshot): number =>",
  '  s.sheets.filter((f) => f.visibility === "Visible").length;',
  "",
].join("\n");

describe("pureté du domaine (lint)", () => {
  let resultats: Message[][];
  let pur: Message[];
  let horsDomaine: Message[];

  beforeAll(() => {
    const tous = linter([
      ...INTERDITS.map(([, code]) => ({ filePath: DOMAINE, code })),
      { filePath: DOMAINE, code: PUR },
      { filePath: "src/taskpane/fictif.tsx", code: INTERDITS[1]?.[1] ?? "" },
    ]);
    resultats = tous.slice(0, INTERDITS.length);
    pur = tous[INTERDITS.length] ?? [];
    horsDomaine = tous[INTERDITS.length + 1] ?? [];
  }, 60_000);

  it.each(INTERDITS.map((c, i) => [...c, i] as const))(
    "refuse %s dans src/domain",
    (_nom, _code, regle, message, i) => {
      const messages = resultats[i] ?? [];
      expect(messages).toContainEqual({ ruleId: regle, message: expect.stringMatching(message) });
    },
  );

  it("accepte un fichier pur du domaine", () => {
    expect(pur).toEqual([]);
  });

  it("n'interdit React qu'au domaine : le même import passe dans src/taskpane", () => {
    expect(horsDomaine).toEqual([]);
  });
});

describe("pureté du domaine (types)", () => {
  /** Diagnostics de `tsc -p src/domain/tsconfig.json` pour un fichier fictif du domaine. */
  function diagnostics(code: string): string[] {
    const config = ts.getParsedCommandLineOfConfigFile(
      join(RACINE, "src", "domain", "tsconfig.json"),
      {},
      { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
    );
    if (!config) throw new Error("src/domain/tsconfig.json illisible");
    const fichier = join(RACINE, DOMAINE);
    const hote = ts.createCompilerHost(config.options);
    const lireOrigine = hote.getSourceFile.bind(hote);
    hote.getSourceFile = (nom, langage, ...reste) =>
      nom === fichier
        ? ts.createSourceFile(nom, code, langage)
        : lireOrigine(nom, langage, ...reste);
    hote.fileExists = (
      (existe) => (nom: string) =>
        nom === fichier || existe(nom)
    )(hote.fileExists.bind(hote));
    const programme = ts.createProgram([fichier], config.options, hote);
    return ts
      .getPreEmitDiagnostics(programme, programme.getSourceFile(fichier))
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
  }

  it.each([
    ["document", "export const t = (): string => document.title;\n", /Cannot find name 'document'/],
    ["Office", "export const o = () => Office.onReady;\n", /Cannot find name 'Office'/],
    ["process", "export const p = () => process.env;\n", /Cannot find name 'process'/],
  ])(
    "le tsconfig du domaine ne connaît pas %s",
    (_nom, code, attendu) => {
      expect(diagnostics(code).join("\n")).toMatch(attendu);
    },
    60_000,
  );

  it("compile un fichier pur", () => {
    expect(diagnostics(PUR)).toEqual([]);
  }, 60_000);
});

describe("murs des adaptateurs (lint)", () => {
  // [mur, fichier fictif, code interdit, extrait du message français]
  const MURS: readonly [string, string, string, RegExp][] = [
    ["hôte simulé sans ExcelJS", "src/gateway/host-simule/fictif.ts", 'import ExcelJS from "exceljs";\nexport const w = ExcelJS;\n', /pas d'ExcelJS/],
    ["hôte simulé sans Node", "src/gateway/host-simule/fictif.ts", 'import { readFileSync } from "node:fs";\nexport const l = readFileSync;\n', /pas de Node/],
    ["Office sans React", "src/gateway/office/fictif.ts", 'import { useState } from "react";\nexport const u = useState;\n', /pas de React/],
    ["Office sans Node", "src/gateway/office/fictif.ts", 'import { join } from "node:path";\nexport const j = join;\n', /pas de Node/],
    ["volet sans ExcelJS", "src/taskpane/fictif.tsx", 'import ExcelJS from "exceljs";\nexport const w = ExcelJS;\n', /n'embarque pas ExcelJS/],
    ["volet sans adaptateur fichier", "src/taskpane/fictif.tsx", 'import { lireClasseurXlsx } from "../gateway/xlsx/lire-xlsx";\nexport const l = lireClasseurXlsx;\n', /ni l'adaptateur fichier/],
    ["CLI sans Office", "src/cli/fictif.ts", 'import { OfficeGateway } from "../gateway/office/office-gateway";\nexport const g = OfficeGateway;\n', /ni Office/],
    ["CLI sans React", "src/cli/fictif.ts", 'import { useState } from "react";\nexport const u = useState;\n', /pas de React/],
  ]; // prettier-ignore
  // Ce que chaque mur laisse passer (le même genre d'import, au bon endroit).
  const PERMIS: readonly [string, string, string][] = [
    ["la CLI lit les fichiers avec ExcelJS", "src/cli/fictif.ts", 'import ExcelJS from "exceljs";\nexport const w = ExcelJS;\n'],
    ["l'adaptateur fichier utilise Node", "src/gateway/xlsx/fictif.ts", 'import { readFileSync } from "node:fs";\nexport const l = readFileSync;\n'],
    ["le volet utilise React", "src/taskpane/fictif.tsx", 'import { useState } from "react";\nexport const u = useState;\n'],
  ]; // prettier-ignore
  let interdits: Message[][];
  let permis: Message[][];

  beforeAll(() => {
    const tous = linter([...MURS, ...PERMIS].map(([, filePath, code]) => ({ filePath, code })));
    interdits = tous.slice(0, MURS.length);
    permis = tous.slice(MURS.length);
  }, 60_000);

  it.each(MURS.map((m, i) => [...m, i] as const))("%s", (_nom, _f, _c, message, i) => {
    expect(interdits[i]).toContainEqual({
      ruleId: "no-restricted-imports",
      message: expect.stringMatching(message),
    });
  });

  it.each(PERMIS.map((p, i) => [p[0], i] as const))("permis : %s", (_nom, i) => {
    expect(permis[i]).toEqual([]);
  });
});

describe("plan gardé seulement par la garde (lint)", () => {
  const contourner = (forme: string) =>
    [
      'import type { PlanGarde } from "../domain/plan/garde";',
      'import type { WritePlan } from "../domain/plan/types";',
      `export const forcer = (p: WritePlan): PlanGarde => ${forme};`,
      "",
    ].join("\n");
  // [où, forme de l'assertion, refusée ?]
  const CAS: readonly [string, string, boolean][] = [
    ["src/use-cases/fictif.ts", "p as PlanGarde", true],
    ["src/taskpane/fictif.tsx", "p as unknown as PlanGarde", true],
    ["src/cli/fictif.ts", "<PlanGarde>p", true],
    ["src/domain/plan/garde.ts", "p as PlanGarde", false],
    ["src/use-cases/fictif.ts", "p as WritePlan as never", false],
  ];
  let resultats: Message[][];
  beforeAll(() => {
    resultats = linter(CAS.map(([filePath, forme]) => ({ filePath, code: contourner(forme) })));
  }, 60_000);

  it.each(CAS.map((c, i) => [...c, i] as const))("%s : « %s » refusée = %s", (_f, _c, refus, i) => {
    const syntaxe = (resultats[i] ?? []).filter((m) => m.ruleId === "no-restricted-syntax");
    if (refus) {
      expect(syntaxe).toEqual([
        {
          ruleId: "no-restricted-syntax",
          message: expect.stringMatching(/passez le plan à assertNothingLost/),
        },
      ]);
    } else expect(syntaxe).toEqual([]);
  });
});
