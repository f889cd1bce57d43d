import { useQuery } from '@tanstack/react-query';
import { useMemo, useState, type ComponentProps } from 'react';
import { customerQueries } from '../../api/customers.ts';
import { SearchForm } from '../../features/numbers/components/search-form.tsx';
import { failureReason } from '../../features/numbers/enrichment/part-states.tsx';
import { useMasker } from '../../lib/presentation/presentation-mode.tsx';
import { indexCustomers } from './customer-matches.ts';
import { readSearchText } from './read-search-text.ts';
import { accepts, searchLabel, searchReading, type CustomerList } from './search-reading.ts';

/**
 * The search box of every page: a number, a tenant id or part of a customer's name. The customer
 * list is asked for only once something other than a number is typed.
 */
export function AppSearch(props: Omit<ComponentProps<typeof SearchForm>, 'others'>) {
  const [text, setText] = useState(props.initialValue ?? '');
  const read = readSearchText(text);
  const wanted = read.kind !== 'empty' && read.kind !== 'number';
  const query = useQuery({ ...customerQueries.all(), enabled: wanted });
  const masker = useMasker();
  const customers = query.data?.data;
  const entries = useMemo(() => (customers ? indexCustomers(customers) : null), [customers]);
  const list: CustomerList = entries
    ? { status: 'loaded', entries }
    : query.isError
      ? { status: 'failed', reason: failureReason(query.error) }
      : { status: 'loading' };

  const onTextChange = (next: string) => {
    setText(next);
    // A failed list is asked for again as the user goes on typing, not in a loop.
    if (query.isError && !query.isFetching && readSearchText(next).kind === 'name') {
      void query.refetch();
    }
  };

  return (
    <SearchForm
      {...props}
      others={{
        label: searchLabel,
        accepts,
        reading: searchReading(read, list, masker),
        onTextChange,
      }}
    />
  );
}
