import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { installerHote } from "../../../src/gateway/host-simule";
import type { EspaceExcel } from "../../../src/gateway/office/erreurs";
import { OfficeGateway } from "../../../src/gateway/office/office-gateway";
import { erreurDomaine, rendreErreurDomaine } from "../../../src/domain/erreurs/fr";
import { analyseurDuVolet } from "../../../src/taskpane/analyse/analyseur";
import { repondre, type ReponseAnalyse } from "../../../src/taskpane/analyse/messages";
import { App, prechargerVolet } from "../../../src/taskpane/App";
import { Coque } from "../../../src/taskpane/coque";
import { attendreLecture, petitDiagnostic } from "../outils";
import { ETAPES, FauxFil } from "./faux-fil";

/**
 * Le volet avec le sommaire d'abord (ADR 0022) : les onglets et la complétude s'affichent dès que
 * le fil les renvoie ; indicateurs, contrôles et autres vues disent « calcul en cours » (zone
 * occupée, annonce polie) jusqu'au complément.
 */
const CALCUL = "Calcul des indicateurs et des contrôles en cours…";

/** Un fil qui renvoie le sommaire tout de suite et garde le reste jusqu'à `liberer()`. */
function filRetenu(complete = ETAPES.complete) {
  const retenus: ReponseAnalyse[] = [];
  const fil = new FauxFil((d, envoyer) =>
    repondre(d, { ...ETAPES, complete }, (r) =>
      r.etape === "sommaire" ? envoyer(r) : retenus.push(r),
    ),
  );
  const liberer = () => {
    for (const r of retenus.splice(0)) fil.livrer(r);
  };
  return { fil, liberer };
}

async function monter(fil: FauxFil) {
  await prechargerVolet();
  const hote = installerHote(petitDiagnostic());
  render(
    <Coque situation="apercu">
      <App
        gateway={new OfficeGateway(hote.Excel as unknown as EspaceExcel)}
        delaiRafraichissement={0}
        analyseur={analyseurDuVolet(() => fil).analyser}
      />
    </Coque>,
  );
  await attendreLecture();
}

describe("sommaire avant l'analyse complète", () => {
  it("le sommaire s'affiche, les indicateurs disent « calcul en cours » puis arrivent", async () => {
    const { fil, liberer } = filRetenu();
    await monter(fil);
    const region = screen.getByRole("region", { name: "Onglets du classeur" });
    expect(within(region).getAllByRole("listitem")).toHaveLength(7);
    // Corriger un type écrit dans le classeur : pas avant l'analyse complète.
    expect(
      screen.getByRole("button", { name: /Corriger le type de l'onglet Annexe 1/ }),
    ).toHaveAttribute("aria-disabled", "true");

    fireEvent.click(screen.getByRole("tab", { name: "Indicateurs" }));
    const attente = screen.getByText(CALCUL);
    expect(attente).toHaveAttribute("role", "status"); // annoncé poliment
    expect(attente.closest("[aria-busy='true']")).not.toBeNull();
    expect(screen.getByRole("tabpanel")).toHaveTextContent(CALCUL);
    fireEvent.click(screen.getByRole("tab", { name: "Contrôles" }));
    expect(screen.getByRole("tabpanel")).toHaveTextContent(CALCUL);

    liberer();
    expect(
      await screen.findByRole("heading", { name: "Contrôles de cohérence" }),
    ).toBeInTheDocument();
    expect(screen.queryByText(CALCUL)).toBeNull();
    fireEvent.click(screen.getByRole("tab", { name: "Indicateurs" }));
    expect(
      await screen.findByRole("heading", { name: "Indicateurs calculés" }),
    ).toBeInTheDocument();
  });

  it("le complément échoue : le message français de l'erreur, « Réessayer », plus de sommaire partiel", async () => {
    const m = { code: "classeur/type-inconnu", params: { type: "annexe-9" } } as const;
    const { fil, liberer } = filRetenu(() => {
      throw erreurDomaine(m);
    });
    await monter(fil);
    liberer();
    expect(await screen.findByText(rendreErreurDomaine(m))).toBeInTheDocument();
    expect(screen.queryByText(/Erreur inattendue/)).toBeNull();
    expect(screen.getByText("Le classeur n'a pas pu être lu")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Réessayer" })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole("tablist")).toBeNull());
  });
});
