import { main } from "../../../src/cli/main";
import type { Resultat } from "./lancer";

/** Lance la commande dans le processus de test (usage, aide) : mêmes sorties, sans démarrage. */
export async function executer(args: readonly string[]): Promise<Resultat> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    out: (t) => void (stdout += t),
    err: (t) => void (stderr += t),
  });
  return { code, stdout, stderr };
}
