import Verdict from "./verdict";
export default function Page() { return <main><Verdict /></main>; }
