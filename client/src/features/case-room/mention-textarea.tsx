import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Avatar } from '../../shared/ui/avatar';
import { activeMention, handleOf, insertMention, suggestMembers, type ActiveMention } from './mentions';
import { useRoomContext } from './room.context';

interface MentionTextareaProps {
  name: 'comment' | 'reply' | 'edit';
  label: string;
  value: string;
  onChange(value: string): void;
  /** Ctrl/⌘ + Enter. */
  onSubmit(): void;
  onEscape?(): void;
  placeholder?: string;
  rows?: number;
  autoFocus?: boolean;
  /** The composer sits at the bottom of the room: open the picker upwards. */
  pickerAbove?: boolean;
  /** The server's problem with this text, shown under it. */
  error?: string | null;
}

/** A comment box where typing `@` offers members by name and inserts their `@handle`. */
export function MentionTextarea({ name, label, value, onChange, onSubmit, onEscape, placeholder, rows = 3, autoFocus, pickerAbove, error }: MentionTextareaProps) {
  const { t } = useTranslation();
  const { mentionable } = useRoomContext();
  const ref = useRef<HTMLTextAreaElement>(null);
  const listId = useId();
  const errorId = `${listId}-error`;
  const [active, setActive] = useState<ActiveMention | null>(null);
  const [index, setIndex] = useState(0);
  const suggestions = active ? suggestMembers(mentionable, active.query) : [];
  const open = suggestions.length > 0;
  const current = Math.min(index, Math.max(suggestions.length - 1, 0));

  const follow = (el: HTMLTextAreaElement) => {
    const next = activeMention(el.value, el.selectionStart ?? el.value.length);
    if (next?.query !== active?.query || next?.start !== active?.start) setIndex(0);
    setActive(next);
  };

  const choose = (handle: string) => {
    if (!active) return;
    const next = insertMention(value, active, handle);
    onChange(next.text);
    setActive(null);
    window.requestAnimationFrame(() => {
      ref.current?.focus();
      ref.current?.setSelectionRange(next.caret, next.caret);
    });
  };

  const keyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (open) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setIndex((current + step + suggestions.length) % suggestions.length);
        return;
      }
      if (event.key === 'Enter' || event.key === 'Tab') {
        event.preventDefault();
        choose(handleOf(suggestions[current].email));
        return;
      }
      if (event.key === 'Escape') {
        event.preventDefault();
        setActive(null);
        return;
      }
    }
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onSubmit();
    } else if (event.key === 'Escape' && onEscape) {
      event.preventDefault();
      onEscape();
    }
  };

  return (
    <div className="mention-field">
      <textarea
        ref={ref}
        name={name}
        rows={rows}
        value={value}
        aria-label={label}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        placeholder={placeholder}
        autoFocus={autoFocus}
        aria-autocomplete="list"
        aria-controls={open ? listId : undefined}
        aria-activedescendant={open ? `${listId}-${current}` : undefined}
        onChange={(e) => {
          onChange(e.target.value);
          follow(e.target);
        }}
        onKeyDown={keyDown}
        onKeyUp={(e) => {
          if (e.key === 'ArrowLeft' || e.key === 'ArrowRight' || e.key === 'Home' || e.key === 'End') follow(e.currentTarget);
        }}
        onClick={(e) => follow(e.currentTarget)}
        onBlur={() => setActive(null)}
      />
      {open && (
        <ul
          className={`mention-picker${pickerAbove ? ' mention-picker--above' : ''}`}
          id={listId}
          role="listbox"
          aria-label={t('room.mentionPicker')}
          data-testid="mention-picker"
        >
          {suggestions.map((member, i) => (
            <li
              key={member.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === current}
              className="mention-picker__option"
              data-testid="mention-option"
              data-handle={handleOf(member.email)}
              // Keep the focus (and the caret) in the text box.
              onMouseDown={(e) => e.preventDefault()}
              onMouseEnter={() => setIndex(i)}
              onClick={() => choose(handleOf(member.email))}
            >
              <Avatar id={member.id} name={member.name} size="small" />
              <span className="mention-picker__name">{member.name}</span>
              <span className="mention-picker__handle">@{handleOf(member.email)}</span>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <div className="field__error" id={errorId} data-testid={`${name}-field-error`}>
          {error}
        </div>
      )}
    </div>
  );
}
