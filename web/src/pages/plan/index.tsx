export default function Page() {
  return <div>plan</div>;
}
