/** The plans' quotes keep the originals' bold words as **…**; show them bold, nothing else. */
export function RichQuote({ text }: { text: string }) {
  const parts = text.split(/(\*\*[^*]+\*\*)/g).filter(Boolean);
  return (
    <>
      {parts.map((part, i) =>
        part.startsWith("**") && part.endsWith("**") ? <strong key={i}>{part.slice(2, -2)}</strong> : <span key={i}>{part.replace(/\*(?=\S)([^*]+)\*/g, "$1")}</span>,
      )}
    </>
  );
}
