import QRCode from "qrcode";
import { afterEach, describe, expect, it, vi } from "vitest";
import { GET as folderPdf } from "@/app/[locale]/organisaties/[slug]/folder.pdf/route";
import { GET as wijkkaartPdf } from "@/app/[locale]/wijken/[slug]/wijkkaart.pdf/route";
import { resetEnv } from "@/lib/env";
import { getWijkPage } from "@/lib/wijken/queries";
import { pdfLinkTargets, pdfPageCount, pdfText } from "../support/pdf-text";
import { withTestDatabase } from "./support/test-database";

const t = withTestDatabase();
const ORIGIN = "http://localhost:3624";

async function fetchFolder(locale: string, slug: string) {
  return folderPdf(new Request(`${ORIGIN}/${locale}/organisaties/${slug}/folder.pdf`), { params: Promise.resolve({ locale, slug }) });
}

async function fetchWijkkaart(locale: string, slug: string) {
  return wijkkaartPdf(new Request(`${ORIGIN}/${locale}/wijken/${slug}/wijkkaart.pdf`), { params: Promise.resolve({ locale, slug }) });
}

async function bytesOf(response: Response): Promise<Uint8Array> {
  return new Uint8Array(await response.arrayBuffer());
}

const flat = (text: string) => text.replace(/\s+/g, " ").trim();

afterEach(() => {
  vi.restoreAllMocks();
  delete process.env.NEXTAUTH_URL;
  resetEnv();
});

describe("the folder PDF of an organisation", () => {
  it("is a one-page PDF with the name, the hours and the phone number, in Dutch", async () => {
    const organisation = await t.db.organization.findUniqueOrThrow({ where: { slug: "formulierenspreekuur-overvecht" } });
    const response = await fetchFolder("nl", organisation.slug);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toContain("folder-formulierenspreekuur-overvecht.pdf");
    const bytes = await bytesOf(response);
    expect(Buffer.from(bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    expect(await pdfPageCount(bytes)).toBe(1);
    const text = pdfText(bytes);
    expect(text).toContain(organisation.name);
    expect(text).toContain("Waar en wanneer");
    expect(text).toContain("Scan de code");
    if (organisation.phone) expect(text).toContain(organisation.phone);
    expect(text).toMatch(/(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag)[^:]*: \d\d:\d\d/);
    expect(text).not.toContain("Where and when");
  });

  it("is in English under /en", async () => {
    const text = pdfText(await bytesOf(await fetchFolder("en", "formulierenspreekuur-overvecht")));
    expect(text).toContain("Where and when");
    expect(text).toMatch(/(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)[^:]*: \d\d:\d\d/);
  });

  it("is served in Dutch at the address without /nl (next.config rewrites it to the nl route)", async () => {
    // Over HTTP: tests/e2e/deployment.spec.ts.
    const response = await folderPdf(new Request(`${ORIGIN}/organisaties/geldcafe-lunetten/folder.pdf`), {
      params: Promise.resolve({ locale: "nl", slug: "geldcafe-lunetten" }),
    });
    expect(response.status).toBe(200);
    const text = pdfText(await bytesOf(response));
    expect(text).toContain("Geldcafé Lunetten".normalize());
    expect(text).toContain("Wat ze doen");
  });

  it("lists what to bring from a confirmed referral to the organisation, and nothing from a proposal", async () => {
    const confirmed = await t.db.referralLink.findFirst({
      where: { status: "CONFIRMED", whatToBring: { not: null }, toOrganization: { status: "PUBLISHED" }, fromOrganization: { status: "PUBLISHED" } },
      select: { whatToBring: true, toOrganization: { select: { slug: true } }, fromOrganization: { select: { name: true } } },
    });
    if (!confirmed?.whatToBring) throw new Error("the seed has no confirmed referral with 'what to bring'");
    const text = pdfText(await bytesOf(await fetchFolder("nl", confirmed.toOrganization.slug)));
    expect(text).toContain("Neem dit mee");
    expect(flat(text)).toContain(flat(confirmed.whatToBring).slice(0, 60));
    expect(text).toContain(`Als ${confirmed.fromOrganization.name} je stuurt`);

    // The same text on a referral that is only proposed does not make it onto paper.
    const target = await t.db.organization.findUniqueOrThrow({ where: { slug: "geldcafe-lunetten" }, select: { id: true } });
    const other = await t.db.organization.findUniqueOrThrow({ where: { slug: "formulierenspreekuur-overvecht" }, select: { id: true } });
    await t.db.referralLink.create({
      data: {
        fromOrganizationId: other.id,
        toOrganizationId: target.id,
        kind: "PRACTICAL",
        whenToRefer: "Voor een test.",
        whatToBring: "Alleen-in-een-voorstel: je paspoort",
        status: "PROPOSED",
      },
    });
    expect(pdfText(await bytesOf(await fetchFolder("nl", "geldcafe-lunetten")))).not.toContain("Alleen-in-een-voorstel");
  });

  it("draws the QR code for the live listing, at the configured public address", async () => {
    process.env.NEXTAUTH_URL = "https://socialekaart.example";
    resetEnv();
    const create = vi.spyOn(QRCode, "create");
    const bytes = await bytesOf(await fetchFolder("en", "geldcafe-lunetten"));
    expect(create).toHaveBeenCalledWith("https://socialekaart.example/en/organisaties/geldcafe-lunetten", expect.anything());
    expect(pdfLinkTargets(bytes)).toContain("https://socialekaart.example/en/organisaties/geldcafe-lunetten");
    expect(pdfText(bytes)).toContain("socialekaart.example/en/organisaties/geldcafe-lunetten");
  });

  it("fits one page for every published organisation", async () => {
    const organisations = await t.db.organization.findMany({ where: { status: "PUBLISHED" }, select: { slug: true, name: true } });
    for (const { slug, name } of organisations) {
      const bytes = await bytesOf(await fetchFolder("nl", slug));
      expect(await pdfPageCount(bytes), slug).toBe(1);
      expect(flat(pdfText(bytes)), slug).toContain(flat(name).slice(0, 20));
    }
  }, 120_000);

  it("answers 404 for an unknown or unpublished organisation and an unknown language", async () => {
    expect((await fetchFolder("nl", "bestaat-niet")).status).toBe(404);
    await t.db.organization.update({ where: { slug: "geldcafe-lunetten" }, data: { status: "ARCHIVED" } });
    try {
      expect((await fetchFolder("nl", "geldcafe-lunetten")).status).toBe(404);
    } finally {
      await t.db.organization.update({ where: { slug: "geldcafe-lunetten" }, data: { status: "PUBLISHED" } });
    }
    expect((await fetchFolder("fr", "formulierenspreekuur-overvecht")).status).toBe(404);
  });
});

describe("the wijkkaart PDF", () => {
  it("is one A4 page with every buurtteam of the wijk and a link to the wijk page", async () => {
    const page = await getWijkPage("overvecht");
    if (!page) throw new Error("Overvecht missing");
    const teams = new Set(page.buurtteams.flatMap((row) => [...row.sociaal, ...row.jeugdEnGezin]).map((team) => team.name));
    expect(teams.size).toBeGreaterThan(1);

    const response = await fetchWijkkaart("nl", "overvecht");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    const bytes = await bytesOf(response);
    expect(await pdfPageCount(bytes)).toBe(1);
    const text = flat(pdfText(bytes));
    expect(text).toContain("Wijkkaart Overvecht");
    for (const name of teams) expect(text).toContain(flat(name));
    // A place in the wijk with its walk-in times.
    expect(text).toContain("Taagdreef");
    expect(pdfLinkTargets(bytes)).toContain(`${ORIGIN}/wijken/overvecht`);
  });

  it("is in English under /en and in Dutch without a prefix", async () => {
    const english = flat(pdfText(await bytesOf(await fetchWijkkaart("en", "zuidwest"))));
    expect(english).toContain("Neighbourhood teams");
    const dutch = await wijkkaartPdf(new Request(`${ORIGIN}/wijken/zuidwest/wijkkaart.pdf`), { params: Promise.resolve({ locale: "nl", slug: "zuidwest" }) });
    expect(dutch.status).toBe(200);
    expect(flat(pdfText(await bytesOf(dutch)))).toContain("Buurtteams");
  });

  it("fits one page for every wijk", async () => {
    const wijken = await t.db.wijk.findMany({ select: { slug: true, name: true } });
    expect(wijken).toHaveLength(10);
    for (const { slug, name } of wijken) {
      const bytes = await bytesOf(await fetchWijkkaart("nl", slug));
      expect(await pdfPageCount(bytes), slug).toBe(1);
      expect(pdfText(bytes), slug).toContain(name);
    }
  }, 120_000);

  it("answers 404 for an unknown wijk", async () => {
    expect((await fetchWijkkaart("nl", "atlantis")).status).toBe(404);
    expect((await fetchWijkkaart("en", "atlantis")).status).toBe(404);
  });
});
