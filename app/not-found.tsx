import Link from 'next/link';

export default function NotFound() {
  return (
    <>
      <h1>Not found</h1>
      <p>
        There is no such version or comparison. See <Link href="/">all versions</Link>.
      </p>
    </>
  );
}
