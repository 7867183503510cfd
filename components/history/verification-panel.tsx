// Placeholder: "Klopt alles nog?" — replaced by the verification work.
export async function VerificationPanel({ organisationId }: { organisationId: string }) {
  return <div data-organisation={organisationId} hidden />;
}
