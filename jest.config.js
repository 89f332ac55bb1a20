/** @type {import('jest').Config} */
const tsJest = ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }];
module.exports = {
  projects: [
    {
      displayName: "node",
      testEnvironment: "node",
      roots: ["<rootDir>/test"],
      testMatch: ["**/*.test.ts"],
      testPathIgnorePatterns: ["/test/taskpane/"],
      transform: { "^.+\\.tsx?$": tsJest },
    },
    {
      displayName: "pane",
      testEnvironment: "jsdom",
      roots: ["<rootDir>/test/taskpane"],
      testMatch: ["**/*.test.ts?(x)"],
      transform: { "^.+\\.tsx?$": tsJest },
      setupFilesAfterEnv: ["<rootDir>/test/taskpane/setup.ts"],
    },
  ],
};
