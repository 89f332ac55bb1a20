// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

const interditsDomaine = {
  paths: [
    { name: "react", message: "Le domaine reste pur : pas de React dans src/domain." },
    { name: "react-dom", message: "Le domaine reste pur : pas de React dans src/domain." },
    { name: "exceljs", message: "Le domaine reste pur : ExcelJS appartient à gateway/xlsx." },
    { name: "fs", message: "Le domaine reste pur : pas d'entrée-sortie." },
    { name: "path", message: "Le domaine reste pur : pas de Node." },
    { name: "os", message: "Le domaine reste pur : pas de Node." },
  ],
  patterns: [
    { group: ["node:*"], message: "Le domaine reste pur : pas de Node." },
    {
      group: ["@fluentui/*", "@microsoft/*", "office-*"],
      message: "Le domaine reste pur : pas d'Office ni d'interface.",
    },
    {
      group: ["**/gateway/**", "**/taskpane/**", "**/use-cases/**", "**/cli/**", "**/commands/**"],
      message: "Le domaine n'importe que le domaine.",
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      "dist/",
      "dist-node/",
      "coverage/",
      "test-results/",
      "playwright-report/",
      "assets/",
      // Brouillons locaux ignorés par git (scripts de mesure) : absents d'un clone propre.
      ".tmp/",
      "tmp/",
      // Node 22 et 24 téléchargés par la CI (.ci/nodes-supplementaires).
      ".cache/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "no-console": ["error", { allow: ["warn", "error"] }],
      // Un plan ne devient « gardé » qu'en passant la garde (ADR 0014) : jamais par une assertion.
      "no-restricted-syntax": [
        "error",
        ...["TSAsExpression", "TSTypeAssertion"].map((n) => ({
          selector: `${n} > TSTypeReference.typeAnnotation[typeName.name='PlanGarde']`,
          message:
            "Un PlanGarde ne se fabrique pas par assertion : passez le plan à assertNothingLost (domain/plan/garde.ts).",
        })),
      ],
    },
  },
  {
    // La garde elle-même, et l'outil de test qui contourne la garde pour éprouver la passerelle.
    files: ["src/domain/plan/garde.ts", "test/gateway/outils/sans-garde.ts"],
    rules: { "no-restricted-syntax": "off" },
  },
  {
    files: ["src/domain/**/*.ts"],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      "no-restricted-imports": ["error", interditsDomaine],
      "no-restricted-globals": [
        "error",
        { name: "window", message: "Le domaine reste pur : pas de DOM." },
        { name: "document", message: "Le domaine reste pur : pas de DOM." },
        { name: "Office", message: "Le domaine reste pur : pas d'Office." },
        { name: "Excel", message: "Le domaine reste pur : pas d'Office." },
        { name: "process", message: "Le domaine reste pur : pas de Node." },
        { name: "console", message: "Le domaine ne journalise pas." },
      ],
      "no-restricted-properties": [
        "error",
        { object: "Math", property: "random", message: "Le domaine est déterministe." },
        { object: "Date", property: "now", message: "Le domaine ne lit pas l'horloge." },
      ],
    },
  },
  {
    files: ["src/use-cases/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "**/gateway/office/**",
                "**/gateway/xlsx/**",
                "**/gateway/host-simule/**",
                "exceljs",
                "react",
              ],
              message: "Un cas d'usage ne connaît que le port, jamais un adaptateur.",
            },
          ],
        },
      ],
    },
  },
  // Murs des adaptateurs : chacun n'importe que ce que sa plateforme a (docs/architecture.md §2).
  {
    files: ["src/gateway/host-simule/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "exceljs",
              message: "L'hôte simulé tourne aussi dans le navigateur : pas d'ExcelJS.",
            },
          ],
          patterns: [
            {
              group: ["node:*", "fs", "path", "os"],
              message: "L'hôte simulé tourne aussi dans le navigateur : pas de Node.",
            },
            {
              group: ["**/gateway/xlsx/**", "**/gateway/office/**", "**/cli/**", "**/taskpane/**"],
              message: "L'hôte simulé n'importe que le domaine et les règles communes.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/gateway/office/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "exceljs",
              message: "L'adaptateur Office ne lit pas de fichier : pas d'ExcelJS.",
            },
            { name: "react", message: "L'adaptateur Office n'a pas d'interface : pas de React." },
          ],
          patterns: [
            {
              group: ["node:*", "fs", "path", "os"],
              message: "L'adaptateur Office tourne dans Excel : pas de Node.",
            },
            {
              group: ["@fluentui/*", "**/taskpane/**", "**/cli/**", "**/gateway/xlsx/**"],
              message:
                "L'adaptateur Office n'importe ni le volet, ni la CLI, ni l'adaptateur fichier.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "exceljs",
              message:
                "Le volet n'embarque pas ExcelJS (lourd) : il passe par la passerelle Office.",
            },
          ],
          patterns: [
            {
              group: ["node:*", "fs", "path", "os"],
              message: "Le volet tourne dans le navigateur : pas de Node.",
            },
            {
              group: ["**/gateway/xlsx/**", "**/cli/**"],
              message: "Le volet n'importe ni l'adaptateur fichier ni la CLI.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/cli/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "react", message: "La CLI n'a pas d'interface graphique : pas de React." },
          ],
          patterns: [
            {
              group: [
                "@fluentui/*",
                "**/taskpane/**",
                "**/gateway/office/**",
                "**/gateway/host-simule/**",
              ],
              message: "La CLI n'importe ni le volet, ni Office, ni l'hôte simulé.",
            },
          ],
        },
      ],
    },
  },
  {
    // Fixtures Playwright : leur paramètre `use` n'est pas le hook React 19 du même nom.
    files: ["test/e2e/**/*.ts"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    files: ["src/cli/**/*.ts", "scripts/**/*", "bench/**/*"],
    rules: { "no-console": "off" },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: { globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
