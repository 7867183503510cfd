// Shown while the page's search runs. Later searches keep the old results on screen until
// the new ones are there; this shows on a first visit and on slow connections.
import { useTranslations } from "next-intl";
import { Heading1, Paragraph } from "@utrecht/component-library-react";

// The page is streamed: its content arrives after this fallback, hidden, and a small inline
// script swaps them. With JavaScript switched off that never happens, so this style (read
// only when scripting is off) shows the streamed content instead of the fallback, and puts
// the footer back below it. The forms and the list work without JavaScript; they must also
// be visible without it.
const WITHOUT_SCRIPT_CSS = [
  ".home-loading{display:none}",
  "body{display:flex;flex-direction:column}",
  'body>div[hidden][id^="S:"]{display:block!important}',
  "body>.utrecht-page-footer{order:1}",
].join("");

export default function Loading() {
  const t = useTranslations("Home");
  const tSearch = useTranslations("Search.filters");
  return (
    <>
      <noscript dangerouslySetInnerHTML={{ __html: `<style>${WITHOUT_SCRIPT_CSS}</style>` }} />
      <div className="home-loading">
        <Heading1>{t("title")}</Heading1>
        <Paragraph role="status">{tSearch("pending")}</Paragraph>
        <div className="home-loading__block" aria-hidden="true" />
      </div>
    </>
  );
}
