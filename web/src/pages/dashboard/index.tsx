export default function Page() {
  return <div>dashboard</div>;
}
