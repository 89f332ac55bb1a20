import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  webLightTheme,
} from "@fluentui/react-components";
import { Suspense, useCallback, useEffect, useState } from "react";
import { paresseux } from "../taskpane/composants/paresseux";
import { Coque, Squelette, TEXTES_COQUE } from "../taskpane/coque";
import {
  adresseExemple,
  chargerApercu,
  chargerHote,
  EXEMPLE,
  EXEMPLES,
  installer,
  ouvrirClasseur,
  prendreEnAvance,
  type ClasseurOuvert,
} from "./charger";
import { ChoixClasseur } from "./ChoixClasseur";
import { lireFichierNavigateur } from "./ouvrir-fichier";
import { useStylesPage } from "./styles";
import { TA } from "./textes";

/**
 * La grille, la passerelle, le fil d'analyse et le volet : un morceau chargé à la demande
 * (ADR 0013), préchargé dès le démarrage pendant la lecture de l'instantané.
 */
export const Apercu = paresseux(async () => (await chargerApercu()).Apercu, "Apercu");

interface Ouvert extends ClasseurOuvert {
  readonly nom: string;
  readonly exemple: string | null;
  readonly avertissements: readonly string[];
  readonly n: number;
}

const titreExemple = (id: string) => EXEMPLES.find((e) => e.id === id)?.titre ?? id;

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Racine de l'aperçu : le classeur ouvert (exemple servi avec la page, ou fichier du disque lu
 * dans le navigateur), remplacé à chaque ouverture — le volet repart de zéro, comme en rouvrant
 * un classeur dans Excel.
 */
export function Racine({ premier = null }: { readonly premier?: ClasseurOuvert | null }) {
  const s = useStylesPage();
  // Le classeur d'exemple ouvert par le script initial (demarrer.ts) : la page le montre d'emblée.
  const [ouvert, setOuvert] = useState<Ouvert | null>(() =>
    premier
      ? { ...premier, nom: titreExemple(EXEMPLE), exemple: EXEMPLE, avertissements: [], n: 1 }
      : null,
  );
  const [enCours, setEnCours] = useState<string | null>(premier ? null : TA.chargement);
  const [erreur, setErreur] = useState<string | null>(null);

  const ouvrir = useCallback(
    async (
      nom: string,
      exemple: string | null,
      lire: () => Promise<Omit<Ouvert, "nom" | "exemple" | "n">>,
    ) => {
      setEnCours(exemple ? TA.chargement : TA.ouverture(nom));
      setErreur(null);
      try {
        const r = await lire();
        setOuvert((o) => ({ ...r, nom, exemple, n: (o?.n ?? 0) + 1 }));
      } catch (e) {
        setErreur(message(e));
      } finally {
        setEnCours(null);
      }
    },
    [],
  );

  const surExemple = useCallback(
    (id: string) => {
      const url = adresseExemple(id);
      // Le premier exemple est déjà ouvert par le script initial (demarrer.ts), lecture partie.
      void ouvrir(titreExemple(id), id, async () => ({
        ...(await (prendreEnAvance(url) ?? ouvrirClasseur(chargerHote(url)))),
        avertissements: [],
      }));
    },
    [ouvrir],
  );

  const surFichier = useCallback(
    (f: File) => {
      void ouvrir(f.name, null, async () => {
        const lu = await lireFichierNavigateur(new Uint8Array(await f.arrayBuffer()), f.name);
        const ouvert = await ouvrirClasseur(installer(lu.snapshot, lu.noms));
        return { ...ouvert, avertissements: lu.avertissements };
      });
    },
    [ouvrir],
  );

  // Sans classeur ouvert d'avance (son ouverture a échoué) : l'exemple, ou l'erreur à dire.
  const avecPremier = premier !== null;
  useEffect(() => {
    if (!avecPremier) surExemple(EXEMPLE);
  }, [surExemple, avecPremier]);

  const barre = (
    <>
      <ChoixClasseur
        exemple={ouvert?.exemple ?? null}
        surFichier={surFichier}
        surExemple={surExemple}
      />
      <Text role="status">{enCours ?? (ouvert ? TA.classeurOuvert(ouvert.nom) : "")}</Text>
      {erreur ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{TA.ouvertureImpossible}</MessageBarTitle>
            {erreur}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {ouvert && ouvert.avertissements.length > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{TA.avertissements}</MessageBarTitle>
            {ouvert.avertissements.join(" ")}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </>
  );

  // Avant le premier classeur : la page et la coque du volet tout de suite, squelette dedans.
  const attente = (
    <div className={s.page}>
      <FluentProvider theme={webLightTheme} className={s.zone}>
        <section aria-label={TA.classeur} className={s.classeur}>
          {barre}
          {enCours ? <Spinner label={enCours} /> : null}
          {erreur ? <Text>{TA.erreurTitre}</Text> : null}
        </section>
      </FluentProvider>
      <div className={s.volet}>
        <Coque situation="apercu">
          {erreur ? null : <Squelette texte={TEXTES_COQUE.chargementVolet} />}
        </Coque>
      </div>
    </div>
  );
  if (!ouvert) return attente;
  return (
    <Suspense fallback={attente}>
      <Apercu
        key={ouvert.n}
        hote={ouvert.hote}
        preparation={ouvert.preparation}
        barre={barre}
        surDepot={surFichier}
      />
    </Suspense>
  );
}
