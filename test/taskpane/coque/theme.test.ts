import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { luminance, themePourFond } from "../../../src/taskpane/coque/theme";

describe("thème qui suit Office", () => {
  it.each([
    ["#FFFFFF", webLightTheme],
    ["#F3F2F1", webLightTheme], // Office « Coloré » / « Blanc »
    ["#767676", webLightTheme], // texte noir : contraste 4,6 contre 4,5 en blanc
    ["#6E6E6E", webDarkTheme], // texte blanc : contraste 5,1 contre 4,1 en noir
    ["#262626", webDarkTheme], // Office « Noir »
    ["#000000", webDarkTheme],
    ["pas une couleur", webLightTheme],
    [undefined, webLightTheme], // hors d'Office
  ])("fond %s", (fond, attendu) => {
    expect(themePourFond(fond)).toBe(attendu);
  });

  it("calcule la luminance relative (0 noir, 1 blanc)", () => {
    expect(luminance("#000000")).toBe(0);
    expect(luminance("ffffff")).toBeCloseTo(1);
    expect(luminance("#12")).toBeNull();
  });
});
