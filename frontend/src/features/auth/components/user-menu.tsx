import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useLogout } from '../api/logout';
import { ROLE_LABELS } from '../roles';
import { useCurrentUser } from '../use-current-user';

/** The signed-in user's name and role, with Profile, Settings and Sign out. */
export function UserMenu() {
  const { user } = useCurrentUser();
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const logout = useLogout();
  const navigate = useNavigate();

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent | KeyboardEvent) => {
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !ref.current?.contains(event.target as Node)) {
        setOpen(false);
      }
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', close);
    };
  }, [open]);

  if (!user) return null;
  const signOut = () => logout.mutate(undefined, { onSettled: () => navigate('/login', { replace: true }) });

  return (
    <div ref={ref} className="relative ml-auto">
      <button
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen((v) => !v)}
        className="flex items-center gap-2 rounded-md px-2 py-1 text-sm hover:bg-slate-100"
      >
        <span className="font-medium">{user.name}</span>
        <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600">{ROLE_LABELS[user.role]}</span>
      </button>
      {open && (
        <div
          role="menu"
          aria-label="Account"
          className="absolute right-0 z-10 mt-1 w-48 rounded-md border border-slate-200 bg-white py-1 shadow-lg"
        >
          <p className="truncate px-3 py-1 text-xs text-slate-500">{user.email}</p>
          <Link
            role="menuitem"
            to="/profile"
            onClick={() => setOpen(false)}
            className="block px-3 py-2 text-sm hover:bg-slate-50"
          >
            Profile
          </Link>
          <Link
            role="menuitem"
            to="/settings/api-keys"
            onClick={() => setOpen(false)}
            className="block px-3 py-2 text-sm hover:bg-slate-50"
          >
            Settings
          </Link>
          <button
            role="menuitem"
            type="button"
            onClick={signOut}
            className="block w-full px-3 py-2 text-left text-sm hover:bg-slate-50"
          >
            Sign out
          </button>
        </div>
      )}
    </div>
  );
}
