import { Suspense } from "react";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { paresseux } from "../../../src/taskpane/composants/paresseux";
import { Coque, Squelette, TEXTES_COQUE } from "../../../src/taskpane/coque";

/** Parties du volet chargées à la demande (ADR 0013) : squelette, puis la partie ; échec rattrapé. */
function differe<T>() {
  let resoudre!: (v: T) => void;
  let rejeter!: (e: Error) => void;
  const promesse = new Promise<T>((ok, ko) => ((resoudre = ok), (rejeter = ko)));
  return { promesse, resoudre, rejeter };
}

const Vue = ({ texte }: { readonly texte: string }) => <p>{texte}</p>;

function monter(C: React.ComponentType<{ texte: string }>) {
  return render(
    <Coque situation="apercu">
      <Suspense fallback={<Squelette texte={TEXTES_COQUE.chargementVue} />}>
        <C texte="Vue chargée" />
      </Suspense>
    </Coque>,
  );
}

describe("chargement à la demande", () => {
  it("squelette annoncé en français (role status, aria-busy), puis la vue", async () => {
    const d = differe<typeof Vue>();
    const C = paresseux(() => d.promesse, "Vue");
    monter(C);
    const statut = screen.getByRole("status");
    expect(statut).toHaveTextContent("Chargement de la vue…");
    expect(statut.closest("[aria-busy='true']")).not.toBeNull();
    d.resoudre(Vue);
    expect(await screen.findByText("Vue chargée", {}, { timeout: 3000 })).toBeInTheDocument();
    expect(screen.queryByText("Chargement de la vue…")).toBeNull();
  });

  it("préchargé : affiché aussitôt, sans squelette ; un seul chargement", async () => {
    const charger = jest.fn(() => Promise.resolve(Vue));
    const C = paresseux(charger, "Vue");
    await C.precharger();
    monter(C);
    expect(screen.getByText("Vue chargée")).toBeInTheDocument();
    await C.precharger();
    expect(charger).toHaveBeenCalledTimes(1);
  });

  it("morceau introuvable : message d'erreur du volet, « Réessayer » recharge", async () => {
    const journal = jest.spyOn(console, "error").mockImplementation(() => undefined);
    let panne = true;
    const charger = jest.fn(() =>
      panne ? Promise.reject(new Error("Loading chunk 12 failed.")) : Promise.resolve(Vue),
    );
    const C = paresseux(charger, "Vue");
    monter(C);
    expect(await screen.findByText("Erreur inattendue", {}, { timeout: 3000 })).toBeInTheDocument();
    expect(screen.getByText(/Loading chunk 12 failed/)).toBeInTheDocument();
    panne = false;
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Réessayer" })));
    expect(await screen.findByText("Vue chargée", {}, { timeout: 3000 })).toBeInTheDocument();
    expect(charger.mock.calls.length).toBeGreaterThanOrEqual(2);
    journal.mockRestore();
  });
});
