export default function Page() {
  return <div>tasks</div>;
}
