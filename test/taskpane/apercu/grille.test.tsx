import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import { Grille } from "../../../src/apercu/Grille";
import type { VueFeuille } from "../../../src/gateway/host-simule";

/** La grille de l'aperçu affiche les valeurs comme Excel : dates et pourcentages lisibles. */

function vue(values: VueFeuille["values"], numberFormats: VueFeuille["numberFormats"]): VueFeuille {
  const g = <T,>(v: T) => values.map((l) => l.map(() => v));
  return {
    id: "f1",
    name: "Feuille",
    origin: { row: 0, col: 0 },
    rowCount: values.length,
    columnCount: values[0]?.length ?? 0,
    values,
    formulas: g<string | null>(null),
    numberFormats,
    fills: g<string | null>(null),
    bold: g(false),
    merges: [],
    selection: [],
  };
}

it.each([
  [45_658, "dd/mm/yyyy", "01/01/2025"],
  [45_658, "General", "45 658"],
  [0.958, "0.0%", "95,8 %"],
  [1234.5, "#,##0.00", "1 234,5"],
  [12, '0 "jours"', "12"],
])("%s au format « %s » → « %s »", (valeur, format, attendu) => {
  render(
    <FluentProvider theme={webLightTheme}>
      <Grille
        vue={vue([[valeur]], [[format]])}
        surSelection={() => undefined}
        surEdition={() => undefined}
      />
    </FluentProvider>,
  );
  const cellule = document.querySelector('[data-adresse="A1"]');
  expect(cellule?.textContent?.replace(/[\u00a0\u202f]/g, " ")).toBe(attendu);
  expect(screen.getByRole("table")).toBeInTheDocument();
});
