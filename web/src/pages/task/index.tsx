export default function Page() {
  return <div>task</div>;
}
